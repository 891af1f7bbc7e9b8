package uk.headsup.mailing.internal.transport;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * With no SMTP server configured, messages go nowhere: they stay readable at {@code /dev/outbox} for
 * administrators, so a newcomer can still open a sign-in link.
 */
public class DevelopmentOutbox implements Transport {

    static final String NAME = "development outbox";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Connection open() {
        return new Connection() {
            @Override
            public Map<Long, Outcome> send(List<OutgoingMessage> messages, Runnable beforeEach) {
                messages.forEach(m -> beforeEach.run());
                return messages.stream()
                        .collect(Collectors.toMap(
                                OutgoingMessage::id,
                                Function.<OutgoingMessage>identity().andThen(m -> new Outcome.Sent())));
            }

            @Override
            public boolean usable() {
                return true;
            }

            @Override
            public void close() {}
        };
    }
}
