package uk.headsup.mailing.internal.outbox;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Where a message in the outbox stands (the {@code outbox_messages.status} column) and what it may still become. */
public enum MessageStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    BOUNCED,
    SUPPRESSED,
    CANCELLED;

    /** A worker may claim a queued message, or one whose previous worker's lease ran out while sending it. */
    public boolean claimable() {
        return this == QUEUED || this == SENDING;
    }

    /** Only a message no worker holds may be cancelled; one being sent is sent. */
    public boolean cancellable() {
        return this == QUEUED;
    }

    /** The names of the statuses that {@code rule} allows, for a bulk update's {@code where status in (...)}. */
    public static List<String> namesWhere(Predicate<MessageStatus> rule) {
        return Arrays.stream(values()).filter(rule).map(MessageStatus::name).toList();
    }
}
