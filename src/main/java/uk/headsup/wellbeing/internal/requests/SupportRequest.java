package uk.headsup.wellbeing.internal.requests;

import java.time.Instant;

/**
 * A confidential request for brokered support: received, acknowledged, matched to a named supervisor or coach with
 * sessions planned, sessions used recorded, then closed; the person who asked can withdraw it while it is open.
 * Each change is a method that guards the state and returns the request as it now is.
 */
public record SupportRequest(
        long id,
        long offerId,
        String offerTitle,
        String requesterEmail,
        String requesterName,
        String organisationName,
        String note,
        ContactBy contactBy,
        String contactPhone,
        RequestStatus status,
        String supporter,
        Integer sessionsPlanned,
        int sessionsUsed,
        Instant requestedAt,
        Instant acknowledgedAt,
        Instant matchedAt,
        Instant endedAt) {

    public static final int MAX_NOTE = 1_000;
    public static final int MAX_SESSIONS = 50;

    public boolean open() {
        return status.open();
    }

    public boolean askedBy(String email) {
        return requesterEmail.equalsIgnoreCase(email.strip());
    }

    /** Taken on by the coordinator: a new request, or one waiting for a place. */
    public SupportRequest acknowledge(Instant at) {
        if (!status.canAcknowledge()) {
            throw new RequestRefused(
                    "Request " + id + " is already " + status.label().toLowerCase());
        }
        return with(RequestStatus.ACKNOWLEDGED, supporter, sessionsPlanned, sessionsUsed, at, matchedAt, endedAt);
    }

    /** Names who will support the person and how many sessions are planned (again, to change the match). */
    public SupportRequest match(String who, int sessions, Instant at) {
        if (!open()) {
            throw new RequestRefused(
                    "Request " + id + " is " + status.label().toLowerCase() + ": it cannot be matched");
        }
        if (who == null || who.isBlank()) {
            throw new RequestRefused("Enter who will give the support");
        }
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new RequestRefused("The sessions planned must be between 1 and " + MAX_SESSIONS);
        }
        if (sessions < sessionsUsed) {
            throw new RequestRefused(sessionsUsed + " sessions are already used: plan at least that many");
        }
        return with(
                RequestStatus.MATCHED,
                who.strip(),
                sessions,
                sessionsUsed,
                acknowledgedAt == null ? at : acknowledgedAt,
                at,
                endedAt);
    }

    public SupportRequest recordSession() {
        if (!status.recordsSessions()) {
            throw new RequestRefused("Sessions are recorded once the request is matched");
        }
        if (sessionsUsed >= sessionsPlanned) {
            throw new RequestRefused(
                    "All " + sessionsPlanned + " planned sessions are used: change the match to plan more");
        }
        return with(status, supporter, sessionsPlanned, sessionsUsed + 1, acknowledgedAt, matchedAt, endedAt);
    }

    public SupportRequest close(Instant at) {
        if (!open()) {
            throw new RequestRefused(
                    "Request " + id + " is already " + status.label().toLowerCase());
        }
        return with(RequestStatus.CLOSED, supporter, sessionsPlanned, sessionsUsed, acknowledgedAt, matchedAt, at);
    }

    public SupportRequest withdraw(Instant at) {
        if (!open()) {
            throw new RequestRefused("This request is already " + status.label().toLowerCase());
        }
        return with(RequestStatus.WITHDRAWN, supporter, sessionsPlanned, sessionsUsed, acknowledgedAt, matchedAt, at);
    }

    private SupportRequest with(
            RequestStatus status,
            String supporter,
            Integer planned,
            int used,
            Instant acknowledged,
            Instant matched,
            Instant ended) {
        return new SupportRequest(
                id,
                offerId,
                offerTitle,
                requesterEmail,
                requesterName,
                organisationName,
                note,
                contactBy,
                contactPhone,
                status,
                supporter,
                planned,
                used,
                requestedAt,
                acknowledged,
                matched,
                ended);
    }
}
