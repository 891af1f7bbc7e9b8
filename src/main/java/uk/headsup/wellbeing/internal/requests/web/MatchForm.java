package uk.headsup.wellbeing.internal.requests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who will give the support and how many sessions are planned, as typed, in the order of the page;
 * {@link MatchFormValidator} checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record MatchForm(
        @NotBlank(message = "Enter who will give the support")
        @Size(max = 200, message = "The name must be 200 characters or fewer")
        String supporter,

        @NotBlank(message = "Enter the number of sessions planned")
        String sessions) {

    MatchForm {
        supporter = supporter == null ? "" : supporter.strip();
        sessions = sessions == null ? "" : sessions.strip();
    }

    /** The form as the request has it: its supporter and sessions, or 6 sessions when none are planned yet. */
    static MatchForm of(String supporter, Integer sessionsPlanned) {
        return new MatchForm(supporter, String.valueOf(sessionsPlanned == null ? 6 : sessionsPlanned));
    }
}
