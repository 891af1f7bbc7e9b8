package uk.headsup.accounts.internal.signin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class LinkFormValidatorTest {

    private final LinkFormValidator validator =
            new LinkFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void aMissingAddressIsAskedFor() {
        LinkForm form = new LinkForm("   ");
        Errors errors = new BeanPropertyBindingResult(form, "linkForm");
        assertThat(validator.check(form, errors)).isFalse();
        assertThat(problems(errors)).containsExactly("email: Enter your email address");
    }

    @Test
    void aMalformedOrOverlongAddressIsNamedAndKeptAsTyped() {
        for (String typed : new String[] {"head at school", "head@", "h".repeat(250) + "@a.uk"}) {
            LinkForm form = new LinkForm(typed);
            Errors errors = new BeanPropertyBindingResult(form, "linkForm");
            assertThat(validator.check(form, errors)).isFalse();
            assertThat(problems(errors))
                    .containsExactly("email: Enter an email address in the correct format, like name@school.sch.uk");
            assertThat(errors.getFieldValue("email")).isEqualTo(typed);
        }
    }

    @Test
    void aWellFormedAddressPassesWithoutAskingWhetherItHasAnAccount() {
        LinkForm form = new LinkForm(" head@oakfield.sch.uk ");
        Errors errors = new BeanPropertyBindingResult(form, "linkForm");
        assertThat(validator.check(form, errors)).isTrue();
        assertThat(form.email()).isEqualTo("head@oakfield.sch.uk");
    }

    @Test
    void aPasswordIsNeverKeptToBeShownAgain() {
        assertThat(new PasswordForm(" priya@elmshire.gov.uk ", "heads-up-demo"))
                .isEqualTo(new PasswordForm("priya@elmshire.gov.uk", ""));
    }
}
