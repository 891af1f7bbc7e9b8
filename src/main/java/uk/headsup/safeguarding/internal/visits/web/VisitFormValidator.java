package uk.headsup.safeguarding.internal.visits.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link VisitForm}: a real date of the visit that is not in the future, and what it found.
 * Problems are reported in the order of the page.
 */
@Component
class VisitFormValidator {

    /** A visit's findings that passed their checks. */
    record Findings(LocalDate visitedOn, String findings) {}

    private final Validator constraints;

    VisitFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The findings, or null with the problems in {@code errors}. */
    Findings check(VisitForm form, LocalDate today, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate on = problems.requiredDate(
                "visitedOn", form.visitedOn(), "Enter the date of the visit", "The date of the visit");
        if (on != null && on.isAfter(today)) {
            problems.add("visitedOn", "future", "The date of the visit must be today or in the past");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Findings(on, form.findings());
    }
}
