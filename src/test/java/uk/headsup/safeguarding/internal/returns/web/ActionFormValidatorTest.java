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

class ActionFormValidatorTest {

    private static final Set<String> STANDARDS = Set.of("1.1", "1.2", "2.1");

    private final ActionFormValidator validator =
            new ActionFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesEveryFieldInTheOrderOfThePage() {
        ActionForm form = new ActionForm(null, " ", null, null);
        Errors errors = new BeanPropertyBindingResult(form, "actionForm");
        assertThat(validator.check(form, STANDARDS, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "standard: Choose the standard",
                        "what: Enter what will be done",
                        "owner: Enter who will do it",
                        "due: Enter the date it is due by");
    }

    @Test
    void aStandardOfAnotherAuditTooMuchTextAndABadDateAreRefusedAndKeptAsTyped() {
        ActionForm form = new ActionForm("9.9", "w".repeat(1001), "o".repeat(201), typed("31", "2", "2027"));
        Errors errors = new BeanPropertyBindingResult(form, "actionForm");
        assertThat(validator.check(form, STANDARDS, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "standard: Choose a standard of this audit",
                        "what: What will be done must be 1,000 characters or fewer",
                        "owner: Who will do it must be 200 characters or fewer",
                        "due: The due date must be a real date");
        assertThat(errors.getFieldValue("standard")).isEqualTo("9.9");
        assertThat(errors.getFieldValue("due.day")).isEqualTo("31");
    }

    @Test
    void aDateMissingItsMonthSaysSo() {
        ActionForm form = new ActionForm("1.1", "Train the governors", "Head", typed("3", "", "2027"));
        Errors errors = new BeanPropertyBindingResult(form, "actionForm");
        assertThat(validator.check(form, STANDARDS, errors)).isNull();
        assertThat(problems(errors)).containsExactly("due: The due date must include a month");
    }

    @Test
    void aGoodActionIsItsStrippedTextAndDate() {
        ActionForm form = new ActionForm(" 1.2 ", " Train the governors ", " Head ", typed("3", "4", "2027"));
        assertThat(validator.check(form, STANDARDS, new BeanPropertyBindingResult(form, "actionForm")))
                .isEqualTo(
                        new ActionFormValidator.Action("1.2", "Train the governors", "Head", LocalDate.of(2027, 4, 3)));
    }
}
