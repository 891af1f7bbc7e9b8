package uk.headsup.mailing.internal.mailshots;

import java.util.Arrays;
import java.util.List;

/** Where a mailshot stands (the {@code mailshots.state} column) and which changes between states are allowed. */
enum MailshotState {
    SENDING("Sending"),
    PAUSED("Paused"),
    CANCELLED("Cancelled");

    private final String label;

    MailshotState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** A sending mailshot may pause or be cancelled; a paused one may resume or be cancelled; cancelled is final. */
    boolean mayBecome(MailshotState next) {
        return switch (this) {
            case SENDING -> next == PAUSED || next == CANCELLED;
            case PAUSED -> next == SENDING || next == CANCELLED;
            case CANCELLED -> false;
        };
    }

    /** The names of the states that may become {@code next}, for an update's {@code where state in (...)}. */
    static List<String> namesThatMayBecome(MailshotState next) {
        return Arrays.stream(values())
                .filter(state -> state.mayBecome(next))
                .map(MailshotState::name)
                .toList();
    }
}
