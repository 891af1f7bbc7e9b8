package uk.headsup.wellbeing.internal.peergroups.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;
import uk.headsup.wellbeing.internal.peergroups.PeerGroups;

/**
 * The one validator of {@link PeerGroupForm}: a first meeting after today, meetings that end after they start, and
 * numbers of meetings, weeks and places within their limits. Problems are reported in the order of the page.
 */
@Component
class PeerGroupFormValidator {

    private final Validator constraints;

    PeerGroupFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The meetings, or null with the problems in {@code errors}. */
    PeerGroups.Meetings check(PeerGroupForm form, LocalDate today, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate first = problems.requiredDate(
                "firstMeeting", form.firstMeeting(), "Enter the date of the first meeting", "The first meeting");
        if (first != null && !first.isAfter(today)) {
            problems.add("firstMeeting", "past", "The first meeting must be after today");
        }
        LocalTime from = time(problems, "starts", form.starts(), "the time the meetings start");
        LocalTime to = time(problems, "ends", form.ends(), "the time the meetings end");
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add("ends", "order", "The meetings must end after they start");
        }
        Integer count =
                number(problems, "meetings", form.meetings(), "The number of meetings", 1, PeerGroupForm.MOST_MEETINGS);
        Integer apart = number(problems, "weeksApart", form.weeksApart(), "The weeks between meetings", 1, 26);
        Integer places = number(problems, "places", form.places(), "The number of places", 2, 50);
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new PeerGroups.Meetings(first.atTime(from), to, count, apart, form.venue(), places);
    }

    private static LocalTime time(FormProblems problems, String field, String value, String what) {
        return problems.requiredTime(
                field, value, "Enter " + what + ", like 16:00", "Enter " + what + " as hours and minutes, like 16:00");
    }

    private static Integer number(FormProblems problems, String field, String value, String what, int least, int most) {
        try {
            int n = Integer.parseInt(value);
            if (n < least || n > most) {
                problems.add(field, "range", what + " must be between " + least + " and " + most);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(field, "format", what + " must be a whole number, like " + least);
            return null;
        }
    }
}
