package uk.headsup.events.internal.planning.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.Vat;
import uk.headsup.events.internal.Money;
import uk.headsup.events.internal.planning.AudienceLabel;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link EventForm}: its fields' constraints, then the rules between fields (sessions in order,
 * booking closing by the day of the event, capacity not below the places taken, numbers required only for an event
 * people book). Every problem is named in GOV.UK's words and reported in the order of the page, so that the error
 * summary reads top to bottom.
 */
@Component
class EventFormValidator {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

    private final Validator constraints;

    EventFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * Checks every field.
     *
     * @param placesTaken for a change, the places already confirmed or offered (capacity may not go below them)
     * @return the event, or null when there are errors (then in {@code errors})
     */
    NewEvent check(EventForm form, Errors errors, int placesTaken) {
        FormProblems problems = FormProblems.of(constraints, form);
        NewEvent event = event(form, placesTaken, problems);
        return problems.reportTo(errors) ? event : null;
    }

    private static NewEvent event(EventForm form, int placesTaken, FormProblems problems) {
        EventType eventType = parse(EventType.class, form.type());
        if (eventType == null && !form.type().isBlank()) {
            problems.add("type", "required", "Choose the type of event");
        }
        Set<OrganisationRole> audienceRoles =
                problems.choices("roles", form.roles(), OrganisationRole.class, "Choose roles from the list");
        Set<Phase> audiencePhases =
                problems.choices("phases", form.phases(), Phase.class, "Choose phases from the list");

        List<NewEvent.Session> when = sessions(form.sessions(), problems);
        NewEvent.Session first = when.isEmpty() ? null : when.get(0);
        if (form.venueName().isBlank() && form.onlineLink().isBlank()) {
            problems.add("venueName", "required", "Enter the venue, or an online link for an online event");
        }
        boolean bookable = form.bookable();
        Integer places = wholeNumber(problems, "capacity", form.capacity(), "Capacity", bookable, 0);
        if (places != null && places < placesTaken) {
            problems.add(
                    "capacity",
                    "belowTaken",
                    "Capacity must be at least " + placesTaken + ", the number of places already confirmed or offered");
        }
        if (bookable && places != null && places == 0) {
            problems.add("capacity", "zero", "Capacity must be at least 1 for an event people book");
        }
        Long pence = Money.parse(form.price().isBlank() ? "0" : form.price());
        if (pence == null) {
            problems.add("price", "format", "Enter the price per place in pounds, like 120 or 120.50");
        }
        Vat vatStatus = parse(Vat.class, form.vat());
        if (vatStatus == null && !form.vat().isBlank()) {
            problems.add("vat", "required", "Choose how VAT applies");
        }
        LocalDate opensOn = problems.optionalDate("opens", form.opens(), "Booking opens date");
        LocalDate closesOn = bookable
                ? problems.requiredDate("closes", form.closes(), "Enter the booking closes date", "Booking closes date")
                : problems.optionalDate("closes", form.closes(), "Booking closes date");
        LocalDate cancelOn = bookable
                ? problems.requiredDate(
                        "cancelBy", form.cancelBy(), "Enter the cancellation deadline", "Cancellation deadline")
                : problems.optionalDate("cancelBy", form.cancelBy(), "Cancellation deadline");
        if (first != null) {
            LocalDate eventDay = first.starts().toLocalDate();
            if (closesOn != null && closesOn.isAfter(eventDay)) {
                problems.add("closes", "after", "Booking must close on or before the day of the event");
            }
            if (opensOn != null && closesOn != null && !opensOn.isBefore(closesOn)) {
                problems.add("opens", "after", "Booking must open before it closes");
            }
            if (cancelOn != null && cancelOn.isAfter(eventDay)) {
                problems.add(
                        "cancelBy", "after", "The cancellation deadline must be on or before the day of the event");
            }
        }
        Integer limit = wholeNumber(
                problems, "perOrganisationLimit", form.perOrganisationLimit(), "Places per organisation", false, 1);
        Integer hold = wholeNumber(
                problems, "offerHoldHours", form.offerHoldHours(), "Hours to hold an offered place", true, 1);
        Integer reminder =
                wholeNumber(problems, "reminderDays", form.reminderDays(), "Days before for the reminder", false, 0);
        if (!problems.isEmpty() || first == null) {
            return null;
        }
        LocalDateTime eventStart = first.starts();
        return new NewEvent(
                eventType,
                form.title(),
                form.description(),
                Audience.everyone().withRoles(audienceRoles).inPhases(audiencePhases.toArray(Phase[]::new)),
                AudienceLabel.of(audienceRoles, audiencePhases),
                when,
                new NewEvent.Venue(form.venueName(), form.venueAddress(), form.venueAccessibility(), form.onlineLink()),
                form.trainer(),
                form.contactName(),
                form.contactEmail(),
                bookable,
                places == null ? 0 : places,
                pence,
                vatStatus,
                opensOn == null ? null : opensOn.atStartOfDay(),
                atFiveOrStart(closesOn, eventStart),
                atFiveOrStart(cancelOn, eventStart),
                limit,
                form.options().contains("autoConfirm"),
                hold == null ? 48 : hold,
                form.options().contains("everyone"),
                reminder,
                Arrays.stream(form.questions().split("\\R"))
                        .map(String::strip)
                        .filter(q -> !q.isEmpty())
                        .toList(),
                form.series().isBlank() ? null : Long.parseLong(form.series()));
    }

    /** 5pm on the day, or the start of the event if that is earlier; the start when no day is given. */
    private static LocalDateTime atFiveOrStart(LocalDate day, LocalDateTime eventStart) {
        if (day == null) {
            return eventStart;
        }
        LocalDateTime five = day.atTime(17, 0);
        return five.isAfter(eventStart) ? eventStart : five;
    }

    /**
     * Every session typed, in order, each starting after the one before ends. A session left wholly blank (other
     * than the first) is ignored, so an officer who adds one too many need not remove it.
     */
    private static List<NewEvent.Session> sessions(List<EventForm.SessionInput> sessions, FormProblems problems) {
        List<NewEvent.Session> checked = new ArrayList<>();
        NewEvent.Session previous = null;
        for (int i = 0; i < sessions.size(); i++) {
            EventForm.SessionInput in = sessions.get(i);
            if (i > 0 && in.isBlank()) {
                continue;
            }
            String field = "sessions[" + i + "].";
            String which = sessions.size() == 1 ? "" : " of session " + (i + 1);
            LocalDate on = problems.requiredDate(field + "date", in.date(), "Enter the date" + which, "Date" + which);
            LocalTime from = time(problems, field + "start", in.start(), "start time" + which);
            LocalTime to = time(problems, field + "end", in.end(), "end time" + which);
            if (on == null || from == null || to == null) {
                continue;
            }
            if (!to.isAfter(from)) {
                problems.add(field + "end", "order", "End time" + which + " must be after the start time");
                continue;
            }
            NewEvent.Session session = new NewEvent.Session(on.atTime(from), on.atTime(to));
            if (previous != null && !session.starts().isAfter(previous.ends())) {
                problems.add(
                        field + "date", "order", "Session " + (i + 1) + " must start after the session before it ends");
                continue;
            }
            checked.add(session);
            previous = session;
        }
        return checked;
    }

    /** "9:30", "09:30", "9.30am", "2pm", "14:00". */
    static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.UK));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || (half == null && m.group(2) == null)) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    private static LocalTime time(FormProblems problems, String field, String text, String name) {
        if (text.isBlank()) {
            problems.add(field, "required", "Enter the " + name);
            return null;
        }
        LocalTime t = parseTime(text);
        if (t == null) {
            problems.add(field, "format", "Enter the " + name + " like 9:30am or 14:00");
        }
        return t;
    }

    private static Integer wholeNumber(
            FormProblems problems, String field, String text, String name, boolean required, int min) {
        if (text.isBlank()) {
            if (required) {
                problems.add(field, "required", "Enter " + name.toLowerCase(Locale.UK));
            }
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > 100_000) {
                problems.add(field, "range", name + " must be a whole number from " + min + " to 100,000");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(field, "format", name + " must be a whole number, like 30");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
