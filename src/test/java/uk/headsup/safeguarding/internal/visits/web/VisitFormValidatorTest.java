package uk.headsup.safeguarding.internal.visits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class VisitFormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final VisitFormValidator validator =
            new VisitFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesBothFields() {
        VisitForm form = new VisitForm(null, "  ");
        Errors errors = new BeanPropertyBindingResult(form, "visitForm");
        assertThat(validator.check(form, TODAY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly("visitedOn: Enter the date of the visit", "findings: Enter what the visit found");
    }

    @Test
    void aFutureVisitAndTooLongFindingsAreRefusedAndKeptAsTyped() {
        VisitForm form = new VisitForm(typed("3", "3", "2026"), "f".repeat(5001));
        Errors errors = new BeanPropertyBindingResult(form, "visitForm");
        assertThat(validator.check(form, TODAY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "visitedOn: The date of the visit must be today or in the past",
                        "findings: The findings must be 5,000 characters or fewer");
        assertThat(errors.getFieldValue("visitedOn.day")).isEqualTo("3");
    }

    @Test
    void aDateThatIsNotRealSaysWhatIsWrong() {
        VisitForm form = new VisitForm(typed("", "2", "2026"), "All in order");
        Errors errors = new BeanPropertyBindingResult(form, "visitForm");
        assertThat(validator.check(form, TODAY, errors)).isNull();
        assertThat(problems(errors)).containsExactly("visitedOn: The date of the visit must include a day");
    }

    @Test
    void goodFindingsAreTheDateAndStrippedText() {
        VisitForm form = new VisitForm(typed("2", "3", "2026"), " All in order ");
        assertThat(validator.check(form, TODAY, new BeanPropertyBindingResult(form, "visitForm")))
                .isEqualTo(new VisitFormValidator.Findings(TODAY, "All in order"));
    }
}
