package uk.headsup.bulletins.internal.series.web;

import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesDetails;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link SeriesForm}: the schedule a series of its kind needs (a weekly's day, the time a weekly
 * or daily comes out; specials have none). Problems are reported in the order of the page.
 */
@Component("bulletinSeriesFormValidator")
class SeriesFormValidator {

    private final Validator constraints;

    SeriesFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The series' new details, or null with the problems in {@code errors}. */
    SeriesDetails check(SeriesForm form, Series.Kind kind, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        DayOfWeek day = null;
        if (kind == Series.Kind.WEEKLY) {
            try {
                day = DayOfWeek.valueOf(form.publishDay());
            } catch (IllegalArgumentException e) {
                problems.add("publishDay", "required", "Select the day it comes out");
            }
        }
        LocalTime time = null;
        if (kind != Series.Kind.SPECIAL) {
            String wrong = "Enter the time it comes out as hours and minutes, like 08:00";
            time = problems.requiredTime("publishTime", form.publishTime(), wrong, wrong);
        }
        return problems.reportTo(errors)
                ? new SeriesDetails(
                        form.name(),
                        form.description().strip(),
                        form.sectionList(),
                        form.visibility().equals("public"),
                        day,
                        time)
                : null;
    }
}
