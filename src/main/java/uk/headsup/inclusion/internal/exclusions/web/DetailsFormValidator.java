package uk.headsup.inclusion.internal.exclusions.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.inclusion.internal.exclusions.SenStatus;
import uk.headsup.inclusion.internal.exclusions.Upn;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link DetailsForm}: a UPN that checks out, a year group from reception (R or 0) to 14, an SEN
 * status from the list, and a whole number of sessions. Problems are reported in the order of the page.
 */
@Component
class DetailsFormValidator {

    private final Validator constraints;

    DetailsFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The details, or null with the problems in {@code errors}. */
    Exclusions.Details check(DetailsForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        String upnProblem = form.upn().isBlank() ? null : Upn.problem(form.upn());
        if (upnProblem != null) {
            problems.add("upn", "invalid", upnProblem);
        }
        Integer year = year(form.yearGroup());
        if (year == null) {
            problems.add("yearGroup", "invalid", "Year group must be a number from 0 (reception) to 14");
        }
        SenStatus sen = Arrays.stream(SenStatus.values())
                .filter(s -> s.name().equals(form.senStatus()))
                .findFirst()
                .orElse(null);
        if (sen == null) {
            problems.add("senStatus", "invalid", "Select the pupil's SEN status");
        }
        String sessions = form.sessions();
        if (!sessions.isBlank() && (!sessions.matches("\\d{1,3}") || Integer.parseInt(sessions) == 0)) {
            problems.add("sessions", "invalid", "Sessions must be a whole number, like 4");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Exclusions.Details(
                form.upn(),
                year,
                sen,
                form.freeSchoolMeals().equals("yes"),
                form.lookedAfter().equals("yes"),
                form.childInNeed().equals("yes"),
                form.socialWorker(),
                sessions.isBlank() ? null : Integer.parseInt(sessions),
                form.account());
    }

    /** "R", "Year 3", "11": reception is 0. */
    private static Integer year(String typed) {
        String y = typed.trim().toUpperCase(Locale.ROOT).replace("YEAR", "").trim();
        if (y.equals("R")) {
            return 0;
        }
        if (!y.matches("\\d{1,2}") || Integer.parseInt(y) > 14) {
            return null;
        }
        return Integer.parseInt(y);
    }
}
