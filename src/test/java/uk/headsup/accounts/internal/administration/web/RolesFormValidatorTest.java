package uk.headsup.accounts.internal.administration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.accounts.AuthorityRole;

class RolesFormValidatorTest {

    private final RolesFormValidator validator =
            new RolesFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void theLastAdministratorKeepsTheRole() {
        RolesForm form = new RolesForm(List.of("SAFEGUARDING_OFFICER"));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, true, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly("roles: Keep the Administrator role: someone must be able to manage staff");
        RolesForm none = new RolesForm(null);
        Errors noneErrors = new BeanPropertyBindingResult(none, "form");
        assertThat(validator.check(none, true, noneErrors)).isNull();
        assertThat(noneErrors.getFieldValue("roles")).isEqualTo(List.of());
    }

    @Test
    void aRoleNotOfTheListIsRefused() {
        RolesForm form = new RolesForm(List.of("ADMIN", ""));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, false, errors)).isNull();
        assertThat(problems(errors)).containsExactly("roles: Select roles from the list");
    }

    @Test
    void anyoneElseMayHaveAnyRolesOrNone() {
        RolesForm form = new RolesForm(List.of("ADMIN", "SAFEGUARDING_OFFICER"));
        assertThat(validator.check(form, true, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(Set.of(AuthorityRole.ADMIN, AuthorityRole.SAFEGUARDING_OFFICER));
        RolesForm none = new RolesForm(null);
        assertThat(validator.check(none, false, new BeanPropertyBindingResult(none, "form")))
                .isEmpty();
    }
}
