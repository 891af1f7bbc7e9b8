package uk.headsup.events.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import uk.headsup.events.NewEvent;
import uk.headsup.platform.DateInput;

class EventFormTest {

    static EventForm aCourse() {
        EventForm form = new EventForm();
        form.setType("TRAINING");
        form.setTitle("Paediatric first aid");
        setSession(form, 0, java.time.LocalDate.of(2026, 3, 12), "9:30am", "4pm");
        form.setVenueName("Shire Hall");
        form.setContactName("Grace Okafor");
        form.setContactEmail("grace.okafor@elmshire.example");
        form.setCapacity("12");
        form.setPrice("95.50");
        form.setVat("STANDARD");
        form.setCloses(DateInput.of(java.time.LocalDate.of(2026, 3, 5)));
        form.setCancelBy(DateInput.of(java.time.LocalDate.of(2026, 3, 2)));
        form.setRoles(List.of("DSL"));
        return form;
    }

    static void setSession(EventForm form, int index, java.time.LocalDate day, String start, String end) {
        while (form.getSessions().size() <= index) {
            form.addSession();
        }
        EventForm.SessionInput session = form.getSessions().get(index);
        session.setDate(day == null ? new DateInput() : DateInput.of(day));
        session.setStart(start);
        session.setEnd(end);
    }

    static List<String> errors(EventForm form, int taken) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        form.check(errors, taken);
        return errors.getFieldErrors().stream()
                .map(e -> e.getField() + ": " + e.getDefaultMessage())
                .toList();
    }

    @Test
    void aCompleteFormMakesTheEvent() {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(aCourse(), "form");
        NewEvent event = aCourse().check(errors, 0);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(event.pricePence()).isEqualTo(9550);
        assertThat(event.sessions().get(0).starts().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(event.sessions().get(0).ends().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(event.bookingCloses().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(event.audienceLabel()).isEqualTo("Designated safeguarding leads of schools and settings");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        EventForm form = aCourse();
        form.getSessions().get(0).setEnd("9:00");
        assertThat(errors(form, 0)).containsExactly("sessions[0].end: End time must be after the start time");
    }

    @Test
    void capacityBelowThePlacesTakenIsRefused() {
        EventForm form = aCourse();
        form.setCapacity("5");
        assertThat(errors(form, 8))
                .containsExactly(
                        "capacity: Capacity must be at least 8, the number of places already confirmed or offered");
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        EventForm form = new EventForm();
        form.getSessions().get(0).setStart("half nine");
        form.setPrice("lots");
        assertThat(errors(form, 0))
                .contains(
                        "type: Choose the type of event",
                        "title: Enter the event's title",
                        "sessions[0].date: Enter the date",
                        "sessions[0].start: Enter the start time like 9:30am or 14:00",
                        "sessions[0].end: Enter the end time",
                        "venueName: Enter the venue, or an online link for an online event",
                        "price: Enter the price per place in pounds, like 120 or 120.50",
                        "capacity: Enter capacity");
    }

    @Test
    void aCourseHasAsManySessionsAsTheOfficerAdds() {
        EventForm form = aCourse();
        form.setCloses(DateInput.of(java.time.LocalDate.of(2026, 3, 5)));
        setSession(form, 1, java.time.LocalDate.of(2026, 3, 19), "9:30am", "12:30pm");
        setSession(form, 2, java.time.LocalDate.of(2026, 3, 26), "9:30am", "12:30pm");
        setSession(form, 3, java.time.LocalDate.of(2026, 4, 2), "1pm", "4pm");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        NewEvent event = form.check(errors, 0);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(event.sessions()).hasSize(4);
        assertThat(event.sessions().get(3).starts()).isEqualTo(java.time.LocalDateTime.of(2026, 4, 2, 13, 0));
    }

    @Test
    void aRemovedSessionIsGoneAndABlankOneIsIgnored() {
        EventForm form = aCourse();
        setSession(form, 1, java.time.LocalDate.of(2026, 3, 19), "9:30am", "12:30pm");
        setSession(form, 2, java.time.LocalDate.of(2026, 3, 26), "9:30am", "12:30pm");
        form.removeSession(1);
        form.addSession(); // added, then left blank
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        NewEvent event = form.check(errors, 0);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(event.sessions())
                .extracting(s -> s.starts().toLocalDate())
                .containsExactly(java.time.LocalDate.of(2026, 3, 12), java.time.LocalDate.of(2026, 3, 26));
        form.removeSession(0);
        form.removeSession(0);
        form.removeSession(0);
        assertThat(form.getSessions()).as("the last session stays").hasSize(1);
    }

    @Test
    void eachSessionIsNamedInItsErrorsAndMustFollowTheOneBefore() {
        EventForm form = aCourse();
        setSession(form, 1, java.time.LocalDate.of(2026, 3, 12), "1pm", "4pm");
        setSession(form, 2, null, "9am", "");
        assertThat(errors(form, 0))
                .containsExactly(
                        "sessions[1].date: Session 2 must start after the session before it ends",
                        "sessions[2].date: Enter the date of session 3",
                        "sessions[2].end: Enter the end time of session 3");
    }

    @Test
    void bookingMustCloseByTheDayOfTheEvent() {
        EventForm form = aCourse();
        form.setCloses(DateInput.of(java.time.LocalDate.of(2026, 3, 13)));
        assertThat(errors(form, 0)).containsExactly("closes: Booking must close on or before the day of the event");
    }

    @Test
    void timesAreReadAsPeopleWriteThem() {
        assertThat(EventForm.parseTime("9:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(EventForm.parseTime("09.30am")).isEqualTo(LocalTime.of(9, 30));
        assertThat(EventForm.parseTime("2pm")).isEqualTo(LocalTime.of(14, 0));
        assertThat(EventForm.parseTime("12pm")).isEqualTo(LocalTime.of(12, 0));
        assertThat(EventForm.parseTime("12am")).isEqualTo(LocalTime.of(0, 0));
        assertThat(EventForm.parseTime("14:00")).isEqualTo(LocalTime.of(14, 0));
        assertThat(EventForm.parseTime("25:00")).isNull();
        assertThat(EventForm.parseTime("9")).isNull();
        assertThat(EventForm.parseTime("13pm")).isNull();
    }
}
