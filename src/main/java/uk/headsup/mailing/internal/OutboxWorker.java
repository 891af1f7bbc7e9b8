package uk.headsup.mailing.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Claims due messages from the outbox and hands them to the transport. Runs on every application node;
 * the database decides who sends what. A message that fails for now is tried again with a growing wait;
 * one the server rejects outright, or that has failed too often, is marked failed with the reason.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private final Outbox outbox;
    private final Transport transport;
    private final MailingSettings settings;

    OutboxWorker(Outbox outbox, Transport transport, MailingSettings settings) {
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${headsup.mailing.worker-interval:1s}")
    void sendDue() {
        List<OutboxMessage> batch;
        while (!(batch = outbox.claimDue(settings.batchSize(), settings.lease())).isEmpty()) {
            Map<Long, Transport.Outcome> outcomes = transport.send(batch);
            for (OutboxMessage message : batch) {
                record(message, outcomes.getOrDefault(message.id(), new Transport.Outcome.TryLater("no outcome")));
            }
        }
    }

    private void record(OutboxMessage message, Transport.Outcome outcome) {
        if (outcome instanceof Transport.Outcome.Sent) {
            outbox.markSent(message.id(), transport.name());
        } else if (outcome instanceof Transport.Outcome.Rejected rejected) {
            log.warn("Message {} to {} rejected: {}", message.id(), message.recipient(), rejected.reason());
            outbox.fail(message.id(), rejected.reason());
        } else if (outcome instanceof Transport.Outcome.TryLater later) {
            if (message.attempts() >= settings.maxAttempts()) {
                log.warn(
                        "Message {} to {} failed {} times, giving up: {}",
                        message.id(),
                        message.recipient(),
                        message.attempts(),
                        later.reason());
                outbox.fail(message.id(), later.reason());
            } else {
                Duration wait = backoff(message.attempts());
                log.info(
                        "Message {} to {} will be retried in {}: {}",
                        message.id(),
                        message.recipient(),
                        wait,
                        later.reason());
                outbox.retryLater(message.id(), later.reason(), wait);
            }
        }
    }

    /** 5 s, 10 s, 20 s ... up to half an hour. */
    static Duration backoff(int attempts) {
        long seconds = 5L << Math.min(Math.max(attempts - 1, 0), 9);
        return Duration.ofSeconds(Math.min(seconds, 1800));
    }
}
