package uk.headsup.safeguarding.internal.rounds.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link RoundForm}: a title, a framework version, and two real deadlines, the final one on or
 * after the first. Problems are reported in the order of the page.
 */
@Component
class RoundFormValidator {

    /** A round that passed its checks, ready to open. */
    record Opening(
            String title, long versionId, LocalDate firstDeadline, LocalDate finalDeadline, boolean earlyYears) {}

    private final Validator constraints;

    RoundFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The round to open, or null with the problems in {@code errors}. */
    Opening check(RoundForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate first = problems.requiredDate(
                "firstDeadline", form.firstDeadline(), "Enter the first deadline", "The first deadline");
        LocalDate last = problems.requiredDate(
                "finalDeadline", form.finalDeadline(), "Enter the final deadline", "The final deadline");
        if (first != null && last != null && last.isBefore(first)) {
            problems.add("finalDeadline", "order", "The final deadline must be on or after the first deadline");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Opening(form.title(), form.versionId(), first, last, form.earlyYears());
    }
}
