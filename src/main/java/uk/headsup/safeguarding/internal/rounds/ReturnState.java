package uk.headsup.safeguarding.internal.rounds;

import uk.headsup.assessment.Response;

/** Where an organisation's return stands, as the officer and the school see it. */
public enum ReturnState {
    NOT_STARTED("Not started", "grey"),
    IN_PROGRESS("In progress", "blue"),
    AWAITING_SIGN_OFF("Awaiting sign-off", "yellow"),
    SUBMITTED("Submitted", "green"),
    RETURNED("Returned for changes", "orange"),
    ACCEPTED("Accepted", "turquoise");

    private final String label;
    private final String colour;

    ReturnState(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    /** A submitted response counts as submitted to the authority only once the head and a governor signed it off. */
    public static ReturnState of(Response.State response, boolean signedOff) {
        if (response == null) {
            return NOT_STARTED;
        }
        return switch (response) {
            case IN_PROGRESS -> IN_PROGRESS;
            case RETURNED -> RETURNED;
            case ACCEPTED -> ACCEPTED;
            case SUBMITTED -> signedOff ? SUBMITTED : AWAITING_SIGN_OFF;
        };
    }

    /** Whether the school has not yet returned it to the authority: who a reminder goes to. */
    public boolean outstanding() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == AWAITING_SIGN_OFF || this == RETURNED;
    }
}
