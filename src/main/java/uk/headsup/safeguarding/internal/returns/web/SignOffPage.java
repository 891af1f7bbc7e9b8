package uk.headsup.safeguarding.internal.returns.web;

import uk.headsup.safeguarding.internal.returns.SignOffs;

/** What the sign-off page says: the return to confirm, what came of a confirmation or renewal, or why a link fails. */
public enum SignOffPage {
    CONFIRM,
    SIGNED,
    RENEWED,
    NOT_RENEWED,
    USED,
    EXPIRED,
    UNKNOWN;

    /** The page for an emailed link as {@link SignOffs#check} found it. */
    static SignOffPage of(SignOffs.Check check) {
        return switch (check) {
            case VALID -> CONFIRM;
            case USED -> USED;
            case EXPIRED -> EXPIRED;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The page after asking for a new link: sent, or not needed. */
    static SignOffPage renewal(boolean renewed) {
        return renewed ? RENEWED : NOT_RENEWED;
    }

    public boolean confirm() {
        return this == CONFIRM;
    }

    public boolean signed() {
        return this == SIGNED;
    }

    public boolean renewed() {
        return this == RENEWED;
    }

    public boolean notRenewed() {
        return this == NOT_RENEWED;
    }

    /** The link does not work: it was used, it expired, or it is not one we sent. */
    public boolean linkFails() {
        return this == USED || this == EXPIRED || this == UNKNOWN;
    }

    public boolean used() {
        return this == USED;
    }

    public boolean expired() {
        return this == EXPIRED;
    }

    public boolean unknown() {
        return this == UNKNOWN;
    }

    /** A used or expired link of ours may ask for a new one; one we never sent may not. */
    public boolean mayAskForANewLink() {
        return this == USED || this == EXPIRED;
    }

    /** The heading of a failing link's page. */
    public String failure() {
        return switch (this) {
            case USED -> "This link has already been used";
            case EXPIRED -> "This link has expired";
            default -> "This link is not valid";
        };
    }
}
