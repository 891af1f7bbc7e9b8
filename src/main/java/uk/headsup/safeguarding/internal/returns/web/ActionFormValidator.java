package uk.headsup.safeguarding.internal.returns.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link ActionForm}: a standard of this audit, what will be done and by whom, and a real date
 * it is due by. Problems are reported in the order of the page.
 */
@Component
class ActionFormValidator {

    /** An action that passed its checks. */
    record Action(String standard, String what, String owner, LocalDate due) {}

    private final Validator constraints;

    ActionFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The action, or null with the problems in {@code errors}; {@code standards} are the numbers of this audit's. */
    Action check(ActionForm form, Set<String> standards, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (!form.standard().isEmpty() && !standards.contains(form.standard())) {
            problems.add("standard", "standard", "Choose a standard of this audit");
        }
        LocalDate due = problems.requiredDate("due", form.due(), "Enter the date it is due by", "The due date");
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Action(form.standard(), form.what(), form.owner(), due);
    }
}
