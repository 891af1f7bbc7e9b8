package uk.headsup.events.internal.planning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import uk.headsup.events.NewEvent;
import uk.headsup.events.internal.Money;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.platform.DateInput;
import uk.headsup.platform.UkTime;

/**
 * An event as typed into the add and change forms, its components in the order of the page. The rules of one field
 * are its constraints; {@link EventFormValidator} checks them and the rules between fields, and makes the
 * {@link NewEvent}. Text is stripped as it is bound; a field missing from the request takes the blank form's value.
 */
record EventForm(
        @NotBlank(message = "Choose the type of event") String type,

        @NotBlank(message = "Enter the event's title")
        @Size(max = 200, message = "Title must be 200 characters or fewer")
        String title,

        String description,
        List<String> roles,
        List<String> phases,
        List<SessionInput> sessions,
        String venueName,
        String venueAddress,
        String venueAccessibility,

        @Pattern(regexp = "|https://\\S+", message = "Enter the online link as a full address starting https://")
        String onlineLink,

        String trainer,

        @NotBlank(message = "Enter the name of the contact for this event")
        String contactName,

        @Pattern(
                regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "Enter the contact's email address, like name@elmshire.example")
        String contactEmail,

        List<String> options,
        String capacity,
        String price,
        @NotBlank(message = "Choose how VAT applies") String vat,
        DateInput opens,
        DateInput closes,
        DateInput cancelBy,
        String perOrganisationLimit,
        String offerHoldHours,
        String reminderDays,
        String questions,

        @Pattern(regexp = "|\\d{1,18}", message = "Choose a calendar from the list")
        String series,
        /* When an existing event moves: what to tell everyone booked and waiting, with the new date or place. */
        String changeMessage) {

    static final int MAX_SESSIONS = 30;

    /** A checkbox option for the shared fragment. */
    public record Option(String value, String label, String description) {}

    static final List<Option> OPTIONS = List.of(
            new Option(
                    "bookable",
                    "People book places",
                    "Leave unticked for meetings that are only published to a calendar"),
            new Option(
                    "autoConfirm",
                    "Confirm places from the waiting list automatically",
                    "Otherwise a freed place is offered and held for the next person waiting"),
            new Option(
                    "everyone",
                    "Everyone in the audience should attend",
                    "You can nudge those who have not booked, like for the headteachers' conference"));

    EventForm {
        type = strip(type);
        title = strip(title);
        description = description == null ? "" : description;
        roles = roles == null ? List.of() : List.copyOf(roles);
        phases = phases == null ? List.of() : List.copyOf(phases);
        sessions = sessions == null || sessions.isEmpty()
                ? List.of(SessionInput.blank())
                : List.copyOf(sessions.subList(0, Math.min(sessions.size(), MAX_SESSIONS)));
        venueName = strip(venueName);
        venueAddress = strip(venueAddress);
        venueAccessibility = strip(venueAccessibility);
        onlineLink = strip(onlineLink);
        trainer = strip(trainer);
        contactName = strip(contactName);
        contactEmail = strip(contactEmail);
        // unticked checkboxes send nothing: no options means none chosen
        options = options == null ? List.of() : List.copyOf(options);
        capacity = strip(capacity);
        price = price == null ? "0" : price.strip();
        vat = vat == null ? "NONE" : vat.strip();
        opens = opens == null ? new DateInput() : opens;
        closes = closes == null ? new DateInput() : closes;
        cancelBy = cancelBy == null ? new DateInput() : cancelBy;
        perOrganisationLimit = strip(perOrganisationLimit);
        offerHoldHours = offerHoldHours == null ? "48" : offerHoldHours.strip();
        reminderDays = reminderDays == null ? "2" : reminderDays.strip();
        questions = questions == null ? String.join("\n", NewEvent.STANDARD_QUESTIONS) : questions;
        series = strip(series);
        changeMessage = changeMessage == null ? "" : changeMessage;
    }

    /** The add form as it opens: one blank session, booked places, free, the standard evaluation questions. */
    static EventForm blank() {
        return new EventForm(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("bookable"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static EventForm of(Event e) {
        List<String> options = new ArrayList<>();
        if (e.bookable()) {
            options.add("bookable");
        }
        if (e.autoConfirm()) {
            options.add("autoConfirm");
        }
        if (e.everyoneShouldAttend()) {
            options.add("everyone");
        }
        return new EventForm(
                e.type().name(),
                e.title(),
                e.description(),
                e.audience().roles().stream().map(Enum::name).toList(),
                e.audience().phases().stream().map(Enum::name).toList(),
                e.sessions().stream().map(SessionInput::of).toList(),
                e.venueName(),
                e.venueAddress(),
                e.venueAccessibility(),
                e.onlineLink(),
                e.trainer(),
                e.contactName(),
                e.contactEmail(),
                options,
                String.valueOf(e.capacity()),
                Money.plain(e.pricePence()),
                e.vat().name(),
                DateInput.of(
                        e.bookingOpensAt() == null
                                ? null
                                : UkTime.uk(e.bookingOpensAt()).toLocalDate()),
                DateInput.of(UkTime.uk(e.bookingClosesAt()).toLocalDate()),
                DateInput.of(UkTime.uk(e.cancellationDeadline()).toLocalDate()),
                e.perOrganisationLimit() == null ? "" : String.valueOf(e.perOrganisationLimit()),
                String.valueOf(e.offerHoldHours()),
                e.reminderDaysBefore() == null ? "" : String.valueOf(e.reminderDaysBefore()),
                String.join("\n", e.evaluationQuestions()),
                e.seriesId() == null ? "" : String.valueOf(e.seriesId()),
                "");
    }

    /** The form with a blank session added at the end (the form's "Add another session"). */
    EventForm withSessionAdded() {
        List<SessionInput> more = new ArrayList<>(sessions);
        more.add(SessionInput.blank());
        return withSessions(more);
    }

    /** The form without the session at this index (from 0); the last one stays. */
    EventForm withSessionRemoved(int index) {
        if (sessions.size() < 2 || index < 0 || index >= sessions.size()) {
            return this;
        }
        List<SessionInput> fewer = new ArrayList<>(sessions);
        fewer.remove(index);
        return withSessions(fewer);
    }

    EventForm withSessions(List<SessionInput> changed) {
        return new EventForm(
                type,
                title,
                description,
                roles,
                phases,
                changed,
                venueName,
                venueAddress,
                venueAccessibility,
                onlineLink,
                trainer,
                contactName,
                contactEmail,
                options,
                capacity,
                price,
                vat,
                opens,
                closes,
                cancelBy,
                perOrganisationLimit,
                offerHoldHours,
                reminderDays,
                questions,
                series,
                changeMessage);
    }

    boolean bookable() {
        return options.contains("bookable");
    }

    /** One session as typed: its day, and start and end times like 9:30am. */
    record SessionInput(DateInput date, String start, String end) {

        SessionInput {
            date = date == null ? new DateInput() : date;
            start = strip(start);
            end = strip(end);
        }

        static SessionInput blank() {
            return new SessionInput(null, null, null);
        }

        static SessionInput of(Event.Session s) {
            return new SessionInput(
                    DateInput.of(UkTime.uk(s.startsAt()).toLocalDate()),
                    hhmm(UkTime.uk(s.startsAt()).toLocalTime()),
                    hhmm(UkTime.uk(s.endsAt()).toLocalTime()));
        }

        boolean isBlank() {
            return date.isBlank() && start.isBlank() && end.isBlank();
        }
    }

    private static String hhmm(LocalTime t) {
        return "%d:%02d".formatted(t.getHour(), t.getMinute());
    }

    private static String strip(String v) {
        return v == null ? "" : v.strip();
    }
}
