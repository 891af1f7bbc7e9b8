package uk.headsup.inclusion.internal.exclusions.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.internal.exclusions.ExclusionRules;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link NotifyForm}: real dates, then the exclusion rules ({@link ExclusionRules}, through
 * {@link Exclusions#check}) for the school. Each field shows its first problem; problems are reported in the order of
 * the page.
 */
@Component
class NotifyFormValidator {

    private final Validator constraints;
    private final Exclusions exclusions;

    NotifyFormValidator(Validator constraints, Exclusions exclusions) {
        this.constraints = constraints;
        this.exclusions = exclusions;
    }

    /** The notice for {@code school}, or null with the problems in {@code errors}. */
    ExclusionRules.Notice check(NotifyForm form, long school, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate born = problems.optionalDate("dateOfBirth", form.dateOfBirth(), "Date of birth");
        LocalDate firstDay = problems.optionalDate("firstDay", form.firstDay(), "First day");
        LocalDate lastDay = problems.optionalDate("lastDay", form.lastDay(), "Last day");
        ExclusionRules.Notice notice = new ExclusionRules.Notice(
                form.firstName(), form.lastName(), born, form.kind(), firstDay, lastDay, form.reason(), null);
        for (ExclusionRules.FieldProblem p : exclusions.check(school, notice, 0)) {
            if (!problems.has(p.field())) {
                problems.add(p.field(), "invalid", p.message());
            }
        }
        return problems.reportTo(errors) ? notice : null;
    }
}
