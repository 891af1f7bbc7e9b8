package uk.headsup.mailing.internal.transport;

import java.util.List;
import java.util.Map;

/** A way of handing messages on: SMTP, GOV.UK Notify, or the development outbox. */
public interface Transport {

    String name();

    /** A connection a worker keeps and reuses for many messages, until it is no longer usable or idle too long. */
    Connection open();

    interface Connection extends AutoCloseable {

        /**
         * Sends the messages in order, calling {@code beforeEach} before each (the rate limit); the outcome of each by
         * its outbox id.
         */
        Map<Long, Outcome> send(List<OutgoingMessage> messages, Runnable beforeEach);

        /** False once the connection is broken or has carried its share of messages. */
        boolean usable();

        @Override
        void close();
    }

    sealed interface Outcome {
        record Sent() implements Outcome {}

        /** Worth trying again later: a 4xx reply. Given up after the configured attempts. */
        record TryLater(String reason) implements Outcome {}

        /** The server could not be reached (refused, timed out): tried again however long it takes. */
        record Unreachable(String reason) implements Outcome {}

        /** The address was refused outright (5xx): the address is marked bouncing. */
        record Bounced(String reason) implements Outcome {}

        /** The message cannot be sent as it stands (not a valid address, not a valid message). */
        record Rejected(String reason) implements Outcome {}
    }
}
