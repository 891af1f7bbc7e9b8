package uk.headsup.inclusion.internal.calendar.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.SchoolDays.Period;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link PeriodForm}: an academic year like 2025-26, a kind of the list, a name, and two real
 * dates, the end on or after the start. Problems are reported in the order of the page.
 */
@Component
class PeriodFormValidator {

    private final Validator constraints;

    PeriodFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The period, or null with the problems in {@code errors}. */
    Period check(PeriodForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        SchoolDays.Kind kind = Arrays.stream(SchoolDays.Kind.values())
                .filter(k -> k.name().equals(form.kind()))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            problems.add("kind", "required", "Select what kind of dates these are");
        }
        LocalDate starts = problems.requiredDate("startsOn", form.startsOn(), "Enter the start date", "Start date");
        LocalDate ends = problems.requiredDate("endsOn", form.endsOn(), "Enter the end date", "End date");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add("endsOn", "order", "End date must be the same as or after the start date");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Period(form.academicYear(), kind, form.name(), starts, ends);
    }
}
