package uk.headsup.accounts.internal.administration.web;

import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.internal.signin.SignInLinks;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link InviteForm}: a name, an email address in the correct format that has no account yet,
 * and at least one role of the list. Problems are reported in the order of the page.
 */
@Component
class InviteFormValidator {

    /** An invitation that passed its checks. */
    record Invitation(String name, String email, Set<AuthorityRole> roles) {}

    private final Validator constraints;

    InviteFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The invitation, or null with the problems in {@code errors}; {@code taken} tells an address with an account. */
    Invitation check(InviteForm form, Predicate<String> taken, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (!problems.has("email")) {
            if (!SignInLinks.looksLikeEmail(form.email())) {
                problems.add(
                        "email", "format", "Enter an email address in the correct format, like name@council.gov.uk");
            } else if (taken.test(form.email())) {
                problems.add("email", "taken", "There is already an account for " + form.email());
            }
        }
        Set<AuthorityRole> roles = RolesFormValidator.roles(problems, form.roles());
        if (roles != null && roles.isEmpty()) {
            problems.add("roles", "required", "Select at least one role");
        }
        return problems.reportTo(errors) ? new Invitation(form.name(), form.email(), roles) : null;
    }
}
