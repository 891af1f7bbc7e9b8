package uk.headsup.mailing.internal.mailshots.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link ReminderForm}: a subject and a message that fit. A reminder has no rules between its
 * fields; this is where they would go.
 */
@Component
class ReminderFormValidator {

    private final Validator constraints;

    ReminderFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** Whether the form has no problems; they are in {@code errors}. */
    boolean check(ReminderForm form, Errors errors) {
        return FormProblems.of(constraints, form).reportTo(errors);
    }
}
