package uk.headsup.mailing.internal;

import java.util.List;
import java.util.Map;

/** A way of handing messages on: SMTP, or the development outbox. */
interface Transport {

    String name();

    /** Sends a batch, ideally over one connection; the outcome of each message by its outbox id. */
    Map<Long, Outcome> send(List<OutboxMessage> batch);

    sealed interface Outcome {
        record Sent() implements Outcome {}

        /** Worth trying again later: a 4xx reply, a refused connection, a timeout. */
        record TryLater(String reason) implements Outcome {}

        /** Will never succeed as it stands: a 5xx reply such as an unknown mailbox. */
        record Rejected(String reason) implements Outcome {}
    }
}
