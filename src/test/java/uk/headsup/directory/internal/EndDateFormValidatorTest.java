package uk.headsup.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.platform.DateInput;

class EndDateFormValidatorTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);

    private final EndDateFormValidator validator =
            new EndDateFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    private String problem(DateInput endsOn) {
        EndDateForm form = new EndDateForm(endsOn);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, "Enter their last day", FIRST_DAY, errors))
                .isNull();
        assertThat(errors.getFieldErrorCount()).isEqualTo(1);
        assertThat(errors.getFieldError().getField()).isEqualTo("endsOn");
        return errors.getFieldError().getDefaultMessage();
    }

    @Test
    void aMissingUnrealOrEarlyDateIsRefusedWithItsReason() {
        assertThat(problem(null)).isEqualTo("Enter their last day");
        assertThat(problem(typed("31", "2", "2026"))).isEqualTo("The end date must be a real date");
        assertThat(problem(typed("1", "", "2026"))).isEqualTo("The end date must include a month");
        assertThat(problem(typed("31", "8", "2025"))).isEqualTo("The end date must be on or after 1 September 2025");
    }

    @Test
    void theFirstDayOrLaterEndsIt() {
        EndDateForm form = EndDateForm.of(FIRST_DAY);
        assertThat(validator.check(
                        form, "Enter their last day", FIRST_DAY, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(FIRST_DAY);
    }
}
