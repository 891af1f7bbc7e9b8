package uk.headsup.events.internal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.Vat;
import uk.headsup.events.internal.Event;
import uk.headsup.events.internal.Money;
import uk.headsup.events.internal.UkTime;
import uk.headsup.platform.DateInput;

/** An event as typed into the add and change forms; {@link #check} turns it into a {@link NewEvent} or errors. */
public class EventForm {

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

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

    private String type = "";
    private String title = "";
    private String description = "";
    private List<String> roles = new ArrayList<>();
    private List<String> phases = new ArrayList<>();
    private List<SessionInput> sessions = new ArrayList<>(List.of(new SessionInput()));
    private String venueName = "";
    private String venueAddress = "";
    private String venueAccessibility = "";
    private String onlineLink = "";
    private String trainer = "";
    private String contactName = "";
    private String contactEmail = "";
    private List<String> options = new ArrayList<>(List.of("bookable"));
    private String capacity = "";
    private String price = "0";
    private String vat = "NONE";
    private DateInput opens = new DateInput();
    private DateInput closes = new DateInput();
    private DateInput cancelBy = new DateInput();
    private String perOrganisationLimit = "";
    private String offerHoldHours = "48";
    private String reminderDays = "2";
    private String questions = String.join("\n", NewEvent.STANDARD_QUESTIONS);
    private String series = "";

    static EventForm of(Event e) {
        EventForm f = new EventForm();
        f.type = e.type().name();
        f.title = e.title();
        f.description = e.description();
        f.roles = e.audience().roles().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        f.phases = e.audience().phases().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        f.sessions = e.sessions().stream().map(SessionInput::of).collect(Collectors.toCollection(ArrayList::new));
        f.venueName = e.venueName();
        f.venueAddress = e.venueAddress();
        f.venueAccessibility = e.venueAccessibility();
        f.onlineLink = e.onlineLink();
        f.trainer = e.trainer();
        f.contactName = e.contactName();
        f.contactEmail = e.contactEmail();
        f.options = new ArrayList<>();
        if (e.bookable()) {
            f.options.add("bookable");
        }
        if (e.autoConfirm()) {
            f.options.add("autoConfirm");
        }
        if (e.everyoneShouldAttend()) {
            f.options.add("everyone");
        }
        f.capacity = String.valueOf(e.capacity());
        f.price = Money.plain(e.pricePence());
        f.vat = e.vat().name();
        f.opens = DateInput.of(
                e.bookingOpensAt() == null
                        ? null
                        : UkTime.uk(e.bookingOpensAt()).toLocalDate());
        f.closes = DateInput.of(UkTime.uk(e.bookingClosesAt()).toLocalDate());
        f.cancelBy = DateInput.of(UkTime.uk(e.cancellationDeadline()).toLocalDate());
        f.perOrganisationLimit = e.perOrganisationLimit() == null ? "" : String.valueOf(e.perOrganisationLimit());
        f.offerHoldHours = String.valueOf(e.offerHoldHours());
        f.reminderDays = e.reminderDaysBefore() == null ? "" : String.valueOf(e.reminderDaysBefore());
        f.questions = String.join("\n", e.evaluationQuestions());
        f.series = e.seriesId() == null ? "" : String.valueOf(e.seriesId());
        return f;
    }

    /**
     * Checks every field, naming what is wrong in GOV.UK's words.
     *
     * @param placesTaken for a change, the places already confirmed or offered (capacity may not go below them)
     * @return the event, or null when there are errors
     */
    NewEvent check(Errors errors, int placesTaken) {
        EventType eventType = parse(EventType.class, type);
        if (eventType == null) {
            errors.rejectValue("type", "required", "Choose the type of event");
        }
        if (title.isBlank()) {
            errors.rejectValue("title", "required", "Enter the event's title");
        } else if (title.length() > 200) {
            errors.rejectValue("title", "tooLong", "Title must be 200 characters or fewer");
        }
        Set<OrganisationRole> audienceRoles = enums(OrganisationRole.class, roles);
        Set<Phase> audiencePhases = enums(Phase.class, phases);

        List<NewEvent.Session> when = sessions(errors);
        NewEvent.Session first = when.isEmpty() ? null : when.get(0);
        if (venueName.isBlank() && onlineLink.isBlank()) {
            errors.rejectValue("venueName", "required", "Enter the venue, or an online link for an online event");
        }
        if (!onlineLink.isBlank() && !onlineLink.matches("https://\\S+")) {
            errors.rejectValue("onlineLink", "format", "Enter the online link as a full address starting https://");
        }
        if (contactName.isBlank()) {
            errors.rejectValue("contactName", "required", "Enter the name of the contact for this event");
        }
        if (!contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.rejectValue(
                    "contactEmail", "format", "Enter the contact's email address, like name@elmshire.example");
        }
        boolean bookable = options.contains("bookable");
        Integer places = wholeNumber(errors, "capacity", capacity, "Capacity", bookable, 0);
        if (places != null && places < placesTaken) {
            errors.rejectValue(
                    "capacity",
                    "belowTaken",
                    "Capacity must be at least " + placesTaken + ", the number of places already confirmed or offered");
        }
        if (bookable && places != null && places == 0) {
            errors.rejectValue("capacity", "zero", "Capacity must be at least 1 for an event people book");
        }
        Long pence = Money.parse(price.isBlank() ? "0" : price);
        if (pence == null) {
            errors.rejectValue("price", "format", "Enter the price per place in pounds, like 120 or 120.50");
        }
        Vat vatStatus = parse(Vat.class, vat);
        if (vatStatus == null) {
            errors.rejectValue("vat", "required", "Choose how VAT applies");
        }
        LocalDate opensOn = optionalDate(errors, "opens", opens, "Booking opens date");
        LocalDate closesOn = requiredDate(errors, "closes", closes, "Booking closes date", bookable);
        LocalDate cancelOn = requiredDate(errors, "cancelBy", cancelBy, "Cancellation deadline", bookable);
        if (first != null) {
            LocalDate eventDay = first.starts().toLocalDate();
            if (closesOn != null && closesOn.isAfter(eventDay)) {
                errors.rejectValue("closes", "after", "Booking must close on or before the day of the event");
            }
            if (opensOn != null && closesOn != null && !opensOn.isBefore(closesOn)) {
                errors.rejectValue("opens", "after", "Booking must open before it closes");
            }
            if (cancelOn != null && cancelOn.isAfter(eventDay)) {
                errors.rejectValue(
                        "cancelBy", "after", "The cancellation deadline must be on or before the day of the event");
            }
        }
        Integer limit =
                wholeNumber(errors, "perOrganisationLimit", perOrganisationLimit, "Places per organisation", false, 1);
        Integer hold = wholeNumber(errors, "offerHoldHours", offerHoldHours, "Hours to hold an offered place", true, 1);
        Integer reminder = wholeNumber(errors, "reminderDays", reminderDays, "Days before for the reminder", false, 0);
        Long seriesId = null;
        if (!series.isBlank()) {
            try {
                seriesId = Long.parseLong(series);
            } catch (NumberFormatException e) {
                errors.rejectValue("series", "format", "Choose a calendar from the list");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        LocalDateTime eventStart = first.starts();
        return new NewEvent(
                eventType,
                title,
                description,
                Audience.everyone().withRoles(audienceRoles).inPhases(audiencePhases.toArray(Phase[]::new)),
                audienceLabel(audienceRoles, audiencePhases),
                when,
                new NewEvent.Venue(venueName, venueAddress, venueAccessibility, onlineLink),
                trainer,
                contactName,
                contactEmail,
                bookable,
                places == null ? 0 : places,
                pence,
                vatStatus,
                opensOn == null ? null : opensOn.atStartOfDay(),
                closesOn == null
                        ? eventStart
                        : closesOn.atTime(17, 0).isAfter(eventStart) ? eventStart : closesOn.atTime(17, 0),
                cancelOn == null
                        ? eventStart
                        : cancelOn.atTime(17, 0).isAfter(eventStart) ? eventStart : cancelOn.atTime(17, 0),
                limit,
                options.contains("autoConfirm"),
                hold == null ? 48 : hold,
                options.contains("everyone"),
                reminder,
                Arrays.stream(questions.split("\\R"))
                        .map(String::strip)
                        .filter(q -> !q.isEmpty())
                        .toList(),
                seriesId);
    }

    /** "SENCos and pastoral leads of primary and secondary schools and settings", "All school and setting staff". */
    static String audienceLabel(Set<OrganisationRole> roles, Set<Phase> phases) {
        String who = roles.isEmpty()
                ? "All staff"
                : roles.stream().sorted().map(r -> plural(r.label())).collect(Collectors.joining(", "));
        String where = phases.isEmpty()
                ? " of schools and settings"
                : " in "
                        + phases.stream()
                                .sorted()
                                .map(p -> p.label().toLowerCase(Locale.UK))
                                .collect(Collectors.joining(", "))
                        + " schools and settings";
        return who + where;
    }

    private static String plural(String label) {
        return label.endsWith("s") ? label : label + "s";
    }

    /**
     * Every session typed, in order, each starting after the one before ends. A session left wholly blank (other
     * than the first) is ignored, so an officer who adds one too many need not remove it.
     */
    private List<NewEvent.Session> sessions(Errors errors) {
        List<NewEvent.Session> checked = new ArrayList<>();
        if (sessions.size() > MAX_SESSIONS) {
            errors.rejectValue(
                    "sessions[0].date", "tooMany", "An event can have at most " + MAX_SESSIONS + " sessions");
            return checked;
        }
        NewEvent.Session previous = null;
        for (int i = 0; i < sessions.size(); i++) {
            SessionInput in = sessions.get(i);
            if (i > 0 && in.isBlank()) {
                continue;
            }
            String field = "sessions[" + i + "].";
            String which = sessions.size() == 1 ? "" : " of session " + (i + 1);
            LocalDate on = requiredDate(errors, field + "date", in.date, "Date" + which, true);
            LocalTime from = time(errors, field + "start", in.start, "start time" + which);
            LocalTime to = time(errors, field + "end", in.end, "end time" + which);
            if (on == null || from == null || to == null) {
                continue;
            }
            if (!to.isAfter(from)) {
                errors.rejectValue(field + "end", "order", "End time" + which + " must be after the start time");
                continue;
            }
            NewEvent.Session session = new NewEvent.Session(on.atTime(from), on.atTime(to));
            if (previous != null && !session.starts().isAfter(previous.ends())) {
                errors.rejectValue(
                        field + "date", "order", "Session " + (i + 1) + " must start after the session before it ends");
                continue;
            }
            checked.add(session);
            previous = session;
        }
        return checked;
    }

    /** Adds a blank session at the end (the form's "Add another session"). */
    void addSession() {
        if (sessions.size() < MAX_SESSIONS) {
            sessions.add(new SessionInput());
        }
    }

    /** Removes the session at this index (from 0), keeping at least one. */
    void removeSession(int index) {
        if (sessions.size() > 1 && index >= 0 && index < sessions.size()) {
            sessions.remove(index);
        }
    }

    static final int MAX_SESSIONS = 30;

    /** One session as typed: its day, and start and end times like 9:30am. */
    public static class SessionInput {
        private DateInput date = new DateInput();
        private String start = "";
        private String end = "";

        static SessionInput of(Event.Session s) {
            SessionInput in = new SessionInput();
            in.date = DateInput.of(UkTime.uk(s.startsAt()).toLocalDate());
            in.start = hhmm(UkTime.uk(s.startsAt()).toLocalTime());
            in.end = hhmm(UkTime.uk(s.endsAt()).toLocalTime());
            return in;
        }

        boolean isBlank() {
            return date.isBlank() && start.isBlank() && end.isBlank();
        }

        public DateInput getDate() {
            return date;
        }

        public void setDate(DateInput v) {
            date = v == null ? new DateInput() : v;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String v) {
            start = s(v);
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String v) {
            end = s(v);
        }
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

    private static LocalTime time(Errors errors, String field, String text, String name) {
        if (text.isBlank()) {
            errors.rejectValue(field, "required", "Enter the " + name);
            return null;
        }
        LocalTime t = parseTime(text);
        if (t == null) {
            errors.rejectValue(field, "format", "Enter the " + name + " like 9:30am or 14:00");
        }
        return t;
    }

    private static LocalDate requiredDate(Errors errors, String field, DateInput input, String name, boolean required) {
        if (input.isBlank()) {
            if (required) {
                errors.rejectValue(field, "required", "Enter the " + name.toLowerCase(Locale.UK));
            }
            return null;
        }
        return optionalDate(errors, field, input, name);
    }

    private static LocalDate optionalDate(Errors errors, String field, DateInput input, String name) {
        String problem = input.problem(name);
        if (problem != null) {
            errors.rejectValue(field, "date", problem);
            return null;
        }
        return input.date().orElse(null);
    }

    private static Integer wholeNumber(
            Errors errors, String field, String text, String name, boolean required, int min) {
        if (text.isBlank()) {
            if (required) {
                errors.rejectValue(field, "required", "Enter " + name.toLowerCase(Locale.UK));
            }
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > 100_000) {
                errors.rejectValue(field, "range", name + " must be a whole number from " + min + " to 100,000");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "format", name + " must be a whole number, like 30");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> set = EnumSet.noneOf(type);
        names.stream()
                .map(n -> parse(type, n))
                .filter(java.util.Objects::nonNull)
                .forEach(set::add);
        return set;
    }

    private static String hhmm(LocalTime t) {
        return "%d:%02d".formatted(t.getHour(), t.getMinute());
    }

    private static String s(String v) {
        return v == null ? "" : v.strip();
    }

    // Getters and setters for binding.
    public String getType() {
        return type;
    }

    public void setType(String v) {
        type = s(v);
    }

    /** When an existing event moves: what to tell everyone booked and waiting, with the new date or place. */
    private String changeMessage = "";

    public String getChangeMessage() {
        return changeMessage;
    }

    public void setChangeMessage(String v) {
        this.changeMessage = v == null ? "" : v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = s(v);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        description = v == null ? "" : v;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> v) {
        roles = v == null ? new ArrayList<>() : v;
    }

    public List<String> getPhases() {
        return phases;
    }

    public void setPhases(List<String> v) {
        phases = v == null ? new ArrayList<>() : v;
    }

    public List<SessionInput> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionInput> v) {
        sessions = v == null || v.isEmpty() ? new ArrayList<>(List.of(new SessionInput())) : v;
        while (sessions.size() > MAX_SESSIONS) {
            sessions.remove(sessions.size() - 1);
        }
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String v) {
        venueName = s(v);
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String v) {
        venueAddress = s(v);
    }

    public String getVenueAccessibility() {
        return venueAccessibility;
    }

    public void setVenueAccessibility(String v) {
        venueAccessibility = s(v);
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String v) {
        onlineLink = s(v);
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String v) {
        trainer = s(v);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String v) {
        contactName = s(v);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String v) {
        contactEmail = s(v);
    }

    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> v) {
        options = v == null ? new ArrayList<>() : v;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String v) {
        capacity = s(v);
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String v) {
        price = s(v);
    }

    public String getVat() {
        return vat;
    }

    public void setVat(String v) {
        vat = s(v);
    }

    public DateInput getOpens() {
        return opens;
    }

    public void setOpens(DateInput v) {
        opens = v;
    }

    public DateInput getCloses() {
        return closes;
    }

    public void setCloses(DateInput v) {
        closes = v;
    }

    public DateInput getCancelBy() {
        return cancelBy;
    }

    public void setCancelBy(DateInput v) {
        cancelBy = v;
    }

    public String getPerOrganisationLimit() {
        return perOrganisationLimit;
    }

    public void setPerOrganisationLimit(String v) {
        perOrganisationLimit = s(v);
    }

    public String getOfferHoldHours() {
        return offerHoldHours;
    }

    public void setOfferHoldHours(String v) {
        offerHoldHours = s(v);
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String v) {
        reminderDays = s(v);
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String v) {
        questions = v == null ? "" : v;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String v) {
        series = s(v);
    }
}
