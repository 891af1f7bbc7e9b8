package uk.headsup.events.internal.calendar.web;

import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.NewSeries;
import uk.headsup.events.internal.planning.AudienceLabel;
import uk.headsup.platform.FormProblems;

/** The one validator of {@link SeriesForm}: a name, an academic year like 2025/26, and at least one role. */
@Component
class SeriesFormValidator {

    private final Validator constraints;

    SeriesFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The series, or null with the problems in {@code errors}, in the order of the page. */
    NewSeries check(SeriesForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (!isAcademicYear(form.academicYear())) {
            problems.add("academicYear", "format", "Enter the academic year like 2025/26");
        }
        Set<OrganisationRole> chosen = EnumSet.noneOf(OrganisationRole.class);
        for (String r : form.roles()) {
            try {
                chosen.add(OrganisationRole.valueOf(r));
            } catch (IllegalArgumentException ignored) {
                // not a role: ignored, as a browser would not send it
            }
        }
        if (chosen.isEmpty()) {
            problems.add("roles", "required", "Choose who the meetings are for");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new NewSeries(
                form.title(),
                form.description(),
                form.academicYear(),
                Audience.everyone().withRoles(chosen),
                AudienceLabel.of(chosen, Set.<Phase>of()));
    }

    /** Two years running, like 2025/26. */
    private static boolean isAcademicYear(String year) {
        return year.matches("20\\d\\d/\\d\\d")
                && Integer.parseInt(year.substring(5)) == (Integer.parseInt(year.substring(2, 4)) + 1) % 100;
    }
}
