package uk.headsup.mailing.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where a message in the outbox stands (the {@code outbox_messages.status} column) and, in {@link Change}, what it may
 * still become. The outbox changes messages in bulk, so a change gives its SQL the status it leads to and the names of
 * those it may leave ({@code set status = :to where status in (:from)}): the rule stays here and not in the SQL.
 * Statements that a partial index serves write the statuses out instead ({@code Outbox.DUE}, {@code Outbox.CLAIMED}),
 * and OutboxTest ties them to this type.
 */
public enum MessageStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    BOUNCED,
    SUPPRESSED,
    CANCELLED;

    /** The changes of status the outbox makes, named for what happens to the message. */
    public enum Change {
        /** A worker claims a due message, or one whose previous worker's lease ran out while sending it. */
        CLAIM(SENDING, QUEUED, SENDING),
        /** The email server took it. */
        SEND(SENT, SENDING),
        /** Back in the queue: the server refused for now or could not be reached, or its worker is gone. */
        RETRY(QUEUED, SENDING),
        /** Refused for good, tried too often, or never sendable (no valid address). */
        GIVE_UP(FAILED, QUEUED, SENDING),
        /** Not sent: the address bounces, or the recipient turned the topic off. */
        SUPPRESS(SUPPRESSED, QUEUED, SENDING),
        /** A bounce report: at once from the server, or later by the bounce mailbox about a message sent. */
        BOUNCE(BOUNCED, QUEUED, SENDING, SENT),
        /** Its mailshot was cancelled: only a message no worker holds; one being sent is sent. */
        CANCEL(CANCELLED, QUEUED);

        private final MessageStatus to;
        private final Set<MessageStatus> from;

        Change(MessageStatus to, MessageStatus... from) {
            this.to = to;
            this.from = Set.of(from);
        }

        /** Whether a message in status {@code status} may go through this change. */
        public boolean allows(MessageStatus status) {
            return from.contains(status);
        }

        /** The status the message has after the change, for an update's {@code set status = :to}. */
        public String to() {
            return to.name();
        }

        /** The names of the statuses this change may leave, in order, for an update's {@code where status in (...)}. */
        public List<String> from() {
            return Arrays.stream(MessageStatus.values())
                    .filter(this::allows)
                    .map(MessageStatus::name)
                    .toList();
        }
    }

    /** Not gone yet: queued, or in a worker's hands. Its links keep their tokens until it has gone. */
    public boolean waiting() {
        return this == QUEUED || this == SENDING;
    }

    /** The names of the statuses of messages still waiting, for a query's {@code where status in (...)}. */
    public static List<String> waitingNames() {
        return Arrays.stream(values())
                .filter(MessageStatus::waiting)
                .map(MessageStatus::name)
                .toList();
    }
}
