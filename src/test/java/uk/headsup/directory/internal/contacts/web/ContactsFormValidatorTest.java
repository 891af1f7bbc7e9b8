package uk.headsup.directory.internal.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ContactsFormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final ContactsFormValidator validator =
            new ContactsFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void noDateIsTodayAndTheSearchIsStripped() {
        ContactsForm form = new ContactsForm(null, " Fair Access ");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, TODAY, errors))
                .isEqualTo(new ContactsFormValidator.Query(TODAY, "Fair Access"));
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aDateThatIsNotRealOrIncompleteIsNamedAndTodayShown() {
        for (var typed : new String[][] {
            {"30", "2", "2026", "The date must be a real date"}, {"", "2", "2026", "The date must include a day"}
        }) {
            ContactsForm form = new ContactsForm(typed(typed[0], typed[1], typed[2]), "");
            Errors errors = new BeanPropertyBindingResult(form, "form");
            assertThat(validator.check(form, TODAY, errors)).isEqualTo(new ContactsFormValidator.Query(TODAY, ""));
            assertThat(problems(errors)).containsExactly("on: " + typed[3]);
            assertThat(errors.getFieldValue("on.month")).isEqualTo("2");
        }
    }

    @Test
    void aRealDateIsShown() {
        ContactsForm form = new ContactsForm(typed("1", "9", "2025"), "");
        assertThat(validator.check(form, TODAY, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new ContactsFormValidator.Query(LocalDate.of(2025, 9, 1), ""));
    }
}
