package uk.headsup.inclusion.internal.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.SchoolDays;

class PeriodFormValidatorTest {

    private final PeriodFormValidator validator =
            new PeriodFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesEveryFieldInTheOrderOfThePage() {
        PeriodForm form = new PeriodForm(null, null, " ", null, null);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "academicYear: Academic year must be like 2025-26",
                        "kind: Select what kind of dates these are",
                        "name: Enter a name, like Autumn term",
                        "startsOn: Enter the start date",
                        "endsOn: Enter the end date");
    }

    @Test
    void aBadYearKindAndDatesAreRefusedAndKeptAsTyped() {
        PeriodForm form =
                new PeriodForm("2025/26", "SUMMER", "n".repeat(101), typed("1", "", "2025"), typed("32", "7", "2026"));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "academicYear: Academic year must be like 2025-26",
                        "kind: Select what kind of dates these are",
                        "name: The name must be 100 characters or fewer",
                        "startsOn: Start date must include a month",
                        "endsOn: End date must be a real date");
        assertThat(errors.getFieldValue("academicYear")).isEqualTo("2025/26");
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        PeriodForm form =
                new PeriodForm("2025-26", "TERM", "Autumn term", typed("3", "9", "2025"), typed("2", "9", "2025"));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors)).containsExactly("endsOn: End date must be the same as or after the start date");
    }

    @Test
    void aGoodLineIsThePeriod() {
        PeriodForm form =
                new PeriodForm(" 2025-26 ", "TERM", " Autumn term ", typed("3", "9", "2025"), typed("3", "9", "2025"));
        assertThat(validator.check(form, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new SchoolDays.Period(
                        "2025-26",
                        SchoolDays.Kind.TERM,
                        "Autumn term",
                        LocalDate.of(2025, 9, 3),
                        LocalDate.of(2025, 9, 3)));
    }
}
