package uk.headsup.events.internal.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import uk.headsup.events.NewEvent;
import uk.headsup.events.internal.planning.web.EventForm.SessionInput;
import uk.headsup.platform.DateInput;

class EventFormTest {

    static final EventFormValidator VALIDATOR =
            new EventFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    /** A one-day course as an officer types it; change a field with {@link Change}. */
    static EventForm aCourse() {
        return new Change()
                .session(0, LocalDate.of(2026, 3, 12), "9:30am", "4pm")
                .form();
    }

    /** The fields a test changes, the rest as {@link #aCourse}. */
    static final class Change {
        String type = "TRAINING";
        String capacity = "12";
        String price = "95.50";
        DateInput closes = DateInput.of(LocalDate.of(2026, 3, 5));
        List<SessionInput> sessions = new ArrayList<>();

        Change session(int index, LocalDate day, String start, String end) {
            while (sessions.size() <= index) {
                sessions.add(SessionInput.blank());
            }
            sessions.set(index, new SessionInput(day == null ? null : DateInput.of(day), start, end));
            return this;
        }

        EventForm form() {
            return new EventForm(
                    type,
                    " Paediatric first aid ",
                    "",
                    List.of("DSL"),
                    List.of(),
                    sessions,
                    "Shire Hall",
                    "",
                    "",
                    "",
                    "",
                    "Grace Okafor",
                    "grace.okafor@elmshire.example",
                    List.of("bookable"),
                    capacity,
                    price,
                    "STANDARD",
                    null,
                    closes,
                    DateInput.of(LocalDate.of(2026, 3, 2)),
                    "",
                    "48",
                    "2",
                    null,
                    "",
                    "");
        }
    }

    static List<String> errors(EventForm form, int taken) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        VALIDATOR.check(form, errors, taken);
        return errors.getFieldErrors().stream()
                .map(e -> e.getField() + ": " + e.getDefaultMessage())
                .toList();
    }

    @Test
    void aCompleteFormMakesTheEvent() {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(aCourse(), "form");
        NewEvent event = VALIDATOR.check(aCourse(), errors, 0);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(event.title()).isEqualTo("Paediatric first aid");
        assertThat(event.pricePence()).isEqualTo(9550);
        assertThat(event.sessions().get(0).starts().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(event.sessions().get(0).ends().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(event.bookingCloses().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(event.audienceLabel()).isEqualTo("Designated safeguarding leads of schools and settings");
        assertThat(event.evaluationQuestions()).isEqualTo(NewEvent.STANDARD_QUESTIONS);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        EventForm form = new Change()
                .session(0, LocalDate.of(2026, 3, 12), "9:30am", "9:00")
                .form();
        assertThat(errors(form, 0)).containsExactly("sessions[0].end: End time must be after the start time");
    }

    @Test
    void capacityBelowThePlacesTakenIsRefused() {
        Change change = new Change().session(0, LocalDate.of(2026, 3, 12), "9:30am", "4pm");
        change.capacity = "5";
        assertThat(errors(change.form(), 8))
                .containsExactly(
                        "capacity: Capacity must be at least 8, the number of places already confirmed or offered");
    }

    @Test
    void missingAndMalformedFieldsAreNamedInTheOrderOfThePage() {
        EventForm form = EventForm.blank().withSessions(List.of(new SessionInput(null, "half nine", null)));
        form = new EventForm(
                form.type(),
                form.title(),
                form.description(),
                form.roles(),
                form.phases(),
                form.sessions(),
                form.venueName(),
                form.venueAddress(),
                form.venueAccessibility(),
                "http://insecure.example",
                form.trainer(),
                form.contactName(),
                "grace",
                form.options(),
                form.capacity(),
                "lots",
                "",
                form.opens(),
                form.closes(),
                form.cancelBy(),
                form.perOrganisationLimit(),
                form.offerHoldHours(),
                form.reminderDays(),
                form.questions(),
                "7; drop",
                "");
        assertThat(errors(form, 0))
                .containsExactly(
                        "type: Choose the type of event",
                        "title: Enter the event's title",
                        "sessions[0].date: Enter the date",
                        "sessions[0].start: Enter the start time like 9:30am or 14:00",
                        "sessions[0].end: Enter the end time",
                        "onlineLink: Enter the online link as a full address starting https://",
                        "contactName: Enter the name of the contact for this event",
                        "contactEmail: Enter the contact's email address, like name@elmshire.example",
                        "capacity: Enter capacity",
                        "price: Enter the price per place in pounds, like 120 or 120.50",
                        "vat: Choose how VAT applies",
                        "closes: Enter the booking closes date",
                        "cancelBy: Enter the cancellation deadline",
                        "series: Choose a calendar from the list");
    }

    @Test
    void anEventNeedsAVenueOrAnOnlineLink() {
        EventForm course = aCourse();
        EventForm nowhere = new EventForm(
                course.type(),
                course.title(),
                "",
                course.roles(),
                List.of(),
                course.sessions(),
                "",
                "",
                "",
                "",
                "",
                course.contactName(),
                course.contactEmail(),
                course.options(),
                course.capacity(),
                course.price(),
                course.vat(),
                null,
                course.closes(),
                course.cancelBy(),
                "",
                "48",
                "2",
                null,
                "",
                "");
        assertThat(errors(nowhere, 0))
                .containsExactly("venueName: Enter the venue, or an online link for an online event");
    }

    @Test
    void aTypeOrVatNotOnTheListIsRefusedAsIfNoneWereChosen() {
        Change change = new Change().session(0, LocalDate.of(2026, 3, 12), "9:30am", "4pm");
        change.type = "PARTY";
        assertThat(errors(change.form(), 0)).containsExactly("type: Choose the type of event");
    }

    @Test
    void aCourseHasAsManySessionsAsTheOfficerAdds() {
        EventForm form = new Change()
                .session(0, LocalDate.of(2026, 3, 12), "9:30am", "4pm")
                .session(1, LocalDate.of(2026, 3, 19), "9:30am", "12:30pm")
                .session(2, LocalDate.of(2026, 3, 26), "9:30am", "12:30pm")
                .session(3, LocalDate.of(2026, 4, 2), "1pm", "4pm")
                .form();
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        NewEvent event = VALIDATOR.check(form, errors, 0);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(event.sessions()).hasSize(4);
        assertThat(event.sessions().get(3).starts()).isEqualTo(LocalDateTime.of(2026, 4, 2, 13, 0));
    }

    @Test
    void aRemovedSessionIsGoneAndABlankOneIsIgnored() {
        EventForm form = new Change()
                .session(0, LocalDate.of(2026, 3, 12), "9:30am", "4pm")
                .session(1, LocalDate.of(2026, 3, 19), "9:30am", "12:30pm")
                .session(2, LocalDate.of(2026, 3, 26), "9:30am", "12:30pm")
                .form()
                .withSessionRemoved(1)
                .withSessionAdded(); // added, then left blank
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        NewEvent event = VALIDATOR.check(form, errors, 0);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(event.sessions())
                .extracting(s -> s.starts().toLocalDate())
                .containsExactly(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 26));
        assertThat(form.withSessionRemoved(0)
                        .withSessionRemoved(0)
                        .withSessionRemoved(0)
                        .sessions())
                .as("the last session stays")
                .hasSize(1);
    }

    @Test
    void eachSessionIsNamedInItsErrorsAndMustFollowTheOneBefore() {
        EventForm form = new Change()
                .session(0, LocalDate.of(2026, 3, 12), "9:30am", "4pm")
                .session(1, LocalDate.of(2026, 3, 12), "1pm", "4pm")
                .session(2, null, "9am", "")
                .form();
        assertThat(errors(form, 0))
                .containsExactly(
                        "sessions[1].date: Session 2 must start after the session before it ends",
                        "sessions[2].date: Enter the date of session 3",
                        "sessions[2].end: Enter the end time of session 3");
    }

    @Test
    void bookingMustCloseByTheDayOfTheEvent() {
        Change change = new Change().session(0, LocalDate.of(2026, 3, 12), "9:30am", "4pm");
        change.closes = DateInput.of(LocalDate.of(2026, 3, 13));
        assertThat(errors(change.form(), 0))
                .containsExactly("closes: Booking must close on or before the day of the event");
    }

    @Test
    void aMeetingNobodyBooksNeedsNoCapacityNorBookingDates() {
        EventForm course = aCourse();
        EventForm meeting = new EventForm(
                "STATUTORY_MEETING",
                "Heads' briefing",
                "",
                List.of(),
                List.of(),
                course.sessions(),
                "Shire Hall",
                "",
                "",
                "",
                "",
                "Grace Okafor",
                "grace.okafor@elmshire.example",
                null,
                "",
                "0",
                "NONE",
                null,
                null,
                null,
                "",
                "48",
                "",
                "",
                "",
                "");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(meeting, "form");
        NewEvent event = VALIDATOR.check(meeting, errors, 0);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(event.bookable()).as("no option ticked: not bookable").isFalse();
        assertThat(event.bookingCloses()).isEqualTo(event.sessions().get(0).starts());
    }

    @Test
    void timesAreReadAsPeopleWriteThem() {
        assertThat(EventFormValidator.parseTime("9:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(EventFormValidator.parseTime("09.30am")).isEqualTo(LocalTime.of(9, 30));
        assertThat(EventFormValidator.parseTime("2pm")).isEqualTo(LocalTime.of(14, 0));
        assertThat(EventFormValidator.parseTime("12pm")).isEqualTo(LocalTime.of(12, 0));
        assertThat(EventFormValidator.parseTime("12am")).isEqualTo(LocalTime.of(0, 0));
        assertThat(EventFormValidator.parseTime("14:00")).isEqualTo(LocalTime.of(14, 0));
        assertThat(EventFormValidator.parseTime("25:00")).isNull();
        assertThat(EventFormValidator.parseTime("9")).isNull();
        assertThat(EventFormValidator.parseTime("13pm")).isNull();
    }
}
