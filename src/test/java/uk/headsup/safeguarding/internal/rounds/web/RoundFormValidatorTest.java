package uk.headsup.safeguarding.internal.rounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.platform.DateInput;

class RoundFormValidatorTest {

    private final RoundFormValidator validator =
            new RoundFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesEveryFieldInTheOrderOfThePage() {
        RoundForm form = new RoundForm(" ", null, null, new DateInput(), null);
        assertThat(form.earlyYears()).as("an unticked box sends nothing").isFalse();
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "title: Enter the round's title",
                        "versionId: Choose the framework version",
                        "firstDeadline: Enter the first deadline",
                        "finalDeadline: Enter the final deadline");
    }

    @Test
    void aLongTitleAndDatesThatAreNotRealAreRefusedAndKeptAsTyped() {
        RoundForm form = new RoundForm("t".repeat(201), 3L, typed("31", "4", "2026"), typed("1", "13", "2026"), true);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "title: The title must be 200 characters or fewer",
                        "firstDeadline: The first deadline must be a real date",
                        "finalDeadline: The final deadline must be a real date");
        assertThat(errors.getFieldValue("finalDeadline.month")).isEqualTo("13");
    }

    @Test
    void theFinalDeadlineIsNotBeforeTheFirst() {
        RoundForm form = new RoundForm("Audit", 3L, typed("27", "3", "2026"), typed("26", "3", "2026"), false);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly("finalDeadline: The final deadline must be on or after the first deadline");
    }

    @Test
    void aGoodRoundIsItsTitleVersionDeadlinesAndReach() {
        RoundForm form = new RoundForm(
                " Safeguarding audit 2026 ", 3L, typed("27", "3", "2026"), typed("27", "3", "2026"), true);
        assertThat(validator.check(form, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new RoundFormValidator.Opening(
                        "Safeguarding audit 2026", 3L, LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27), true));
    }
}
