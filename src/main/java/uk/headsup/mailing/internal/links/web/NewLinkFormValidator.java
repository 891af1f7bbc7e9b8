package uk.headsup.mailing.internal.links.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/** The one validator of {@link NewLinkForm}: an email address, in the correct format. */
@Component
class NewLinkFormValidator {

    private final Validator constraints;

    NewLinkFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The address, or null with its problem in {@code errors}. */
    String check(NewLinkForm form, Errors errors) {
        return FormProblems.of(constraints, form).reportTo(errors) ? form.email() : null;
    }
}
