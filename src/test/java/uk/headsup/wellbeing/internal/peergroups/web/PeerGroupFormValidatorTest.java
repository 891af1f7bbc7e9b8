package uk.headsup.wellbeing.internal.peergroups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.wellbeing.internal.peergroups.PeerGroups;

class PeerGroupFormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final PeerGroupFormValidator validator =
            new PeerGroupFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void everyProblemIsNamedOnItsFieldInTheOrderOfThePage() {
        PeerGroupForm form = new PeerGroupForm(typed("2", "3", "2026"), "4pm", "", "13", "six", " ", "1");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, TODAY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "firstMeeting: The first meeting must be after today",
                        "starts: Enter the time the meetings start as hours and minutes, like 16:00",
                        "ends: Enter the time the meetings end, like 16:00",
                        "meetings: The number of meetings must be between 1 and 12",
                        "weeksApart: The weeks between meetings must be a whole number, like 1",
                        "venue: Enter where the group meets, or Online",
                        "places: The number of places must be between 2 and 50");
        assertThat(errors.getFieldValue("starts")).as("what was typed stays").isEqualTo("4pm");
    }

    @Test
    void meetingsEndAfterTheyStartAndTheFirstNeedsARealDate() {
        PeerGroupForm form =
                new PeerGroupForm(typed("30", "2", "2027"), "17:00", "16:00", "6", "6", "v".repeat(201), "10");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, TODAY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "firstMeeting: The first meeting must be a real date",
                        "ends: The meetings must end after they start",
                        "venue: Where the group meets must be 200 characters or fewer");
    }

    @Test
    void goodMeetingsAreTheirTimesCountAndPlace() {
        PeerGroupForm form = new PeerGroupForm(typed("9", "3", "2026"), "9:30", "11:00", "4", "2", " Online ", "12");
        PeerGroups.Meetings meetings = validator.check(form, TODAY, new BeanPropertyBindingResult(form, "form"));
        assertThat(meetings)
                .isEqualTo(new PeerGroups.Meetings(
                        LocalDate.of(2026, 3, 9).atTime(9, 30), LocalTime.of(11, 0), 4, 2, "Online", 12));
    }
}
