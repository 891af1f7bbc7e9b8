package uk.headsup.directory.internal;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/** The one validator of {@link EndDateForm}: a real date, not before the first day of what it ends. */
@Component
public class EndDateFormValidator {

    private final Validator constraints;

    public EndDateFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * The last day, or null with the problem in {@code errors}: {@code missing} when none is given.
     *
     * @param firstDay the first day of the role, post or cover, on or after which it ends
     */
    public LocalDate check(EndDateForm form, String missing, LocalDate firstDay, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate lastDay = problems.requiredDate("endsOn", form.endsOn(), missing, "The end date");
        if (lastDay != null && lastDay.isBefore(firstDay)) {
            problems.add("endsOn", "beforeStart", "The end date must be on or after " + Dates.format(firstDay));
        }
        return problems.reportTo(errors) ? lastDay : null;
    }
}
