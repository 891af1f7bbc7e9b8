package uk.headsup.safeguarding.internal.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class TrainingFormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Set<String> FROM_EVENTS = Set.of("event-7-person-3");

    private final TrainingFormValidator validator =
            new TrainingFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesEveryFieldInTheOrderOfThePage() {
        TrainingForm form = new TrainingForm(null, "", " ", null);
        Errors errors = new BeanPropertyBindingResult(form, "trainingForm");
        assertThat(validator.check(form, FROM_EVENTS, TODAY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "trainee: Enter who was trained",
                        "course: Enter the course",
                        "trainedOn: Enter the date of the training");
    }

    @Test
    void anUnknownLineTooMuchTextAndAFutureDateAreRefusedAndKeptAsTyped() {
        TrainingForm form =
                new TrainingForm("event-1-person-1", "t".repeat(201), "c".repeat(301), typed("3", "3", "2026"));
        Errors errors = new BeanPropertyBindingResult(form, "trainingForm");
        assertThat(validator.check(form, FROM_EVENTS, TODAY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "corrects: Choose a line of the table to correct, or none to add a line",
                        "trainee: Who was trained must be 200 characters or fewer",
                        "course: The course must be 300 characters or fewer",
                        "trainedOn: The date of the training must be today or in the past");
        assertThat(errors.getFieldValue("trainedOn.day")).isEqualTo("3");
    }

    @Test
    void aDateThatIsNotRealOrALineKeyTooLongSaysSo() {
        TrainingForm form = new TrainingForm("k".repeat(101), "Sam Reed", "Level 3 DSL", typed("30", "2", "2026"));
        Errors errors = new BeanPropertyBindingResult(form, "trainingForm");
        assertThat(validator.check(form, FROM_EVENTS, TODAY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "corrects: Choose a line of the table, or none",
                        "trainedOn: The date of the training must be a real date");
    }

    @Test
    void goodTrainingAddsALineOrCorrectsOneFromEvents() {
        TrainingForm adds = new TrainingForm("", " Sam Reed ", " Level 3 DSL ", typed("2", "3", "2026"));
        assertThat(validator.check(adds, FROM_EVENTS, TODAY, new BeanPropertyBindingResult(adds, "trainingForm")))
                .isEqualTo(new TrainingFormValidator.Training(null, "Sam Reed", "Level 3 DSL", TODAY));
        TrainingForm corrects =
                new TrainingForm("event-7-person-3", "Sam Reed", "Level 3 DSL", typed("1", "3", "2026"));
        assertThat(validator.check(
                        corrects, FROM_EVENTS, TODAY, new BeanPropertyBindingResult(corrects, "trainingForm")))
                .isEqualTo(new TrainingFormValidator.Training(
                        "event-7-person-3", "Sam Reed", "Level 3 DSL", LocalDate.of(2026, 3, 1)));
    }
}
