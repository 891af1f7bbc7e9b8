package uk.headsup.wellbeing.internal.requests.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;
import uk.headsup.wellbeing.internal.requests.SupportRequest;

/** The one validator of {@link MatchForm}: its constraints, then the sessions as a whole number within limits. */
@Component
class MatchFormValidator {

    /** A match that passed its checks. */
    record Match(String supporter, int sessions) {}

    private final Validator constraints;

    MatchFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The match, or null with the problems in {@code errors}. */
    Match check(MatchForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        int sessions = 0;
        if (!problems.has("sessions")) {
            try {
                sessions = Integer.parseInt(form.sessions());
                if (sessions < 1 || sessions > SupportRequest.MAX_SESSIONS) {
                    problems.add(
                            "sessions", "range", "Plan between 1 and " + SupportRequest.MAX_SESSIONS + " sessions");
                }
            } catch (NumberFormatException e) {
                problems.add("sessions", "format", "Enter the number of sessions planned as a whole number, like 6");
            }
        }
        return problems.reportTo(errors) ? new Match(form.supporter(), sessions) : null;
    }
}
