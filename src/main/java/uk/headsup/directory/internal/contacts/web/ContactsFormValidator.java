package uk.headsup.directory.internal.contacts.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link ContactsForm}: a date that is real when one is typed. The page shows today's contacts
 * when it is not, with the problem above them.
 */
@Component
class ContactsFormValidator {

    /** The date and words to show the contacts for. */
    record Query(LocalDate on, String search) {}

    private final Validator constraints;

    ContactsFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The query as typed, or on today with the date's problem in {@code errors}. */
    Query check(ContactsForm form, LocalDate today, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate on = problems.optionalDate("on", form.on(), "The date");
        problems.reportTo(errors);
        return new Query(on == null ? today : on, form.q());
    }
}
