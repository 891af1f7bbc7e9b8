package uk.headsup.accounts.internal.signin.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.accounts.internal.signin.SignInLinks;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link LinkForm}: an address that is there and in the correct format, by the same test as the
 * sign-in link filter ({@link SignInLinks#looksLikeEmail}). It never asks whether an account exists: the answer to a
 * well-formed address is the same whether or not it is one we know.
 */
@Component
class LinkFormValidator {

    private final Validator constraints;

    LinkFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** Whether the address is well formed; if not, its problem is in {@code errors}. */
    boolean check(LinkForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (form.email().isEmpty()) {
            problems.add("email", "email", "Enter your email address");
        } else if (!SignInLinks.looksLikeEmail(form.email())) {
            problems.add("email", "email", "Enter an email address in the correct format, like name@school.sch.uk");
        }
        return problems.reportTo(errors);
    }
}
