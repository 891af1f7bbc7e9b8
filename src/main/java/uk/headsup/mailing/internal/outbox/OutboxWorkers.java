package uk.headsup.mailing.internal.outbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.headsup.mailing.RenderedEmail;
import uk.headsup.mailing.internal.MailingSettings;
import uk.headsup.mailing.internal.MessageStatus.Change;
import uk.headsup.mailing.internal.bounces.Bounces;
import uk.headsup.mailing.internal.transport.DevelopmentOutbox;
import uk.headsup.mailing.internal.transport.OutgoingMessage;
import uk.headsup.mailing.internal.transport.Transport;
import uk.headsup.platform.Backoff;

/**
 * Workers that claim due messages from the outbox and send them: {@code headsup.mailing.concurrency} threads per
 * node, each keeping its own connection for many messages, together held to the node's rate limit. Runs on every
 * node; the database decides who sends what. A message the server refuses for now is tried again with a growing
 * wait; one it refuses outright marks the address bouncing; when the server cannot be reached at all, the messages
 * go back to the queue and the workers wait, longer each time, before trying again.
 */
@Component
public class OutboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);
    /** This node, as recorded with each message it sent: {@code pid@host}. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private static final Duration IDLE_CONNECTION = Duration.ofSeconds(30);
    private static final Duration LONGEST_UNREACHABLE_WAIT = Duration.ofSeconds(30);

    private final Outbox outbox;
    private final Transport transport;
    private final Composer composer;
    private final Bounces bounces;
    private final MailingSettings settings;
    private final RateLimit rateLimit;
    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> labelled = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final AtomicLong unreachableUntil = new AtomicLong();
    private volatile int unreachableStreak;
    private volatile boolean running;

    OutboxWorkers(Outbox outbox, Transport transport, Composer composer, Bounces bounces, MailingSettings settings) {
        this.outbox = outbox;
        this.transport = transport;
        this.composer = composer;
        this.bounces = bounces;
        this.settings = settings;
        this.rateLimit = new RateLimit(settings.rateLimit());
    }

    /** Something was queued: an idle worker looks now rather than at its next interval. */
    public void wake() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        beat(true); // before any worker claims: claims under this node's name are from before a restart
        Thread heartbeat = new Thread(this::heartbeats, "mail-heartbeat");
        heartbeat.setDaemon(true);
        threads.add(heartbeat);
        heartbeat.start();
        for (int i = 1; i <= Math.max(1, settings.concurrency()); i++) {
            Thread thread = new Thread(this::work, "mail-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the database and before the web server; stopped before the database is. */
    @Override
    public int getPhase() {
        return 1000;
    }

    /** Records that this node is alive and releases the claims of senders that are gone (see {@link Senders}). */
    private void beat(boolean starting) {
        try {
            outbox.heartbeat(NODE, starting);
            Set<String> gone = Senders.gone(outbox.claimants(Senders.STALE), NODE, starting, Senders::running);
            if (!gone.isEmpty()) {
                int released = outbox.releaseClaimsOf(gone);
                log.warn(
                        "Released {} messages claimed by senders that are gone ({}): they are sent again now",
                        released,
                        String.join(", ", gone));
                wake();
            }
        } catch (RuntimeException e) {
            log.warn("Could not record this mail sender's heartbeat: {}", e.toString());
        }
    }

    private void heartbeats() {
        while (running) {
            long next = System.nanoTime() + Senders.HEARTBEAT.toNanos();
            long left;
            while (running && (left = next - System.nanoTime()) > 0) {
                pause(Duration.ofNanos(left));
            }
            if (running) {
                beat(false);
            }
        }
    }

    private void work() {
        Transport.Connection connection = null;
        long lastUsed = System.nanoTime();
        while (running) {
            try {
                waitWhileUnreachable();
                List<OutboxMessage> batch = outbox.claimDue(settings.batchSize(), settings.lease(), NODE);
                if (batch.isEmpty()) {
                    if (connection != null && System.nanoTime() - lastUsed > IDLE_CONNECTION.toNanos()) {
                        connection.close();
                        connection = null;
                    }
                    pause(settings.workerInterval());
                    continue;
                }
                if (connection == null || !connection.usable()) {
                    if (connection != null) {
                        connection.close();
                    }
                    connection = transport.open();
                }
                send(batch, connection);
                lastUsed = System.nanoTime();
            } catch (RuntimeException e) {
                log.error("Mail worker failed; its messages will be claimed again when their lease runs out", e);
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
                pause(settings.workerInterval());
            }
        }
        if (connection != null) {
            connection.close();
        }
    }

    private void send(List<OutboxMessage> batch, Transport.Connection connection) {
        List<OutgoingMessage> ready = new ArrayList<>();
        Map<Long, OutboxMessage> claimed = new HashMap<>();
        Map<Long, Composer.Composed.Ready> renderings = new HashMap<>();
        for (OutboxMessage message : batch) {
            claimed.put(message.id(), message);
            Composer.Composed composed;
            try {
                composed = composer.compose(message);
            } catch (RuntimeException e) {
                log.error("Message {} could not be rendered", message.id(), e);
                retryOrGiveUp(message, "Could not be rendered: " + e.getMessage());
                continue;
            }
            if (composed instanceof Composer.Composed.Finished f) {
                outbox.finish(f.id(), f.change(), f.reason());
            } else if (composed instanceof Composer.Composed.Ready r) {
                ready.add(r.message());
                renderings.put(message.id(), r);
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        // Marked sent a few at a time as the server accepts them: a crash sends again at most these few per worker.
        int every = Math.max(1, settings.markSentEvery());
        for (int from = 0; from < ready.size(); from += every) {
            List<OutgoingMessage> part = ready.subList(from, Math.min(from + every, ready.size()));
            Map<Long, Composer.Composed.Ready> partRenderings = new HashMap<>();
            part.forEach(m -> partRenderings.put(m.id(), renderings.get(m.id())));
            Unreached unreached = record(claimed, partRenderings, connection.send(part, rateLimit::acquire));
            if (unreached != null && !connection.usable() && from + every < ready.size()) {
                // the connection is lost: the rest go back to the queue with these, without a try each
                List<Long> rest = ready.subList(from + every, ready.size()).stream()
                        .map(OutgoingMessage::id)
                        .toList();
                outbox.releaseUnreached(rest, unreached.reason(), unreached.retryIn());
                return;
            }
        }
    }

    private record Unreached(String reason, Duration retryIn) {}

    /** Records the outcomes; what the server could not be reached for, if anything. */
    private Unreached record(
            Map<Long, OutboxMessage> claimed,
            Map<Long, Composer.Composed.Ready> renderings,
            Map<Long, Transport.Outcome> outcomes) {
        Map<Long, String> sent = new HashMap<>();
        List<Long> unreached = new ArrayList<>();
        String unreachedReason = null;
        for (Map.Entry<Long, Composer.Composed.Ready> entry : renderings.entrySet()) {
            long id = entry.getKey();
            OutboxMessage message = claimed.get(id);
            Transport.Outcome outcome =
                    outcomes.getOrDefault(id, new Transport.Outcome.Unreachable("No outcome from the transport"));
            if (outcome instanceof Transport.Outcome.Sent) {
                Map<String, String> tags = entry.getValue().tags();
                sent.put(id, tags.isEmpty() ? null : String.join(",", tags.keySet()));
                if (message.mailshot() != null) {
                    label(message.mailshot().mailshotId(), tags);
                }
                RenderedEmail r = entry.getValue().rendering();
                if (r != null && transport instanceof DevelopmentOutbox) {
                    outbox.keepRendering(id, r.subject(), r.html(), r.text());
                }
            } else if (outcome instanceof Transport.Outcome.Unreachable u) {
                unreached.add(id);
                unreachedReason = u.reason();
            } else if (outcome instanceof Transport.Outcome.Bounced b) {
                log.warn("Message {} to {} bounced: {}", id, message.recipient(), b.reason());
                outbox.finish(id, Change.BOUNCE, b.reason());
                bounces.markBouncing(message.recipient(), b.reason(), id);
            } else if (outcome instanceof Transport.Outcome.Rejected r) {
                log.warn("Message {} to {} rejected: {}", id, message.recipient(), r.reason());
                outbox.finish(id, Change.GIVE_UP, r.reason());
            } else if (outcome instanceof Transport.Outcome.TryLater later) {
                retryOrGiveUp(message, later.reason());
            }
        }
        outbox.markSent(sent, transport.name() + " by " + NODE);
        if (!unreached.isEmpty()) {
            Duration wait = unreachableWait();
            log.warn("Email server unreachable ({}); {} messages wait {}", unreachedReason, unreached.size(), wait);
            outbox.releaseUnreached(unreached, unreachedReason, wait);
            return new Unreached(unreachedReason, wait);
        } else if (!sent.isEmpty()) {
            unreachableStreak = 0;
        }
        return null;
    }

    /** What each tag stands for, recorded the first time this node sees it in a mailshot. */
    private void label(long mailshotId, Map<String, String> tags) {
        tags.forEach((tag, labelAndUrl) -> {
            if (labelAndUrl != null && labelled.add(mailshotId + "\n" + tag)) {
                int newline = labelAndUrl.indexOf('\n');
                outbox.label(mailshotId, tag, labelAndUrl.substring(0, newline), labelAndUrl.substring(newline + 1));
            }
        });
    }

    private void retryOrGiveUp(OutboxMessage message, String reason) {
        if (message.attempts() >= settings.maxAttempts()) {
            log.warn(
                    "Message {} to {} failed {} times, giving up: {}",
                    message.id(),
                    message.recipient(),
                    message.attempts(),
                    reason);
            outbox.finish(message.id(), Change.GIVE_UP, reason);
        } else {
            Duration wait = backoff(message.attempts(), settings.maxBackoff());
            log.info("Message {} to {} will be retried in {}: {}", message.id(), message.recipient(), wait, reason);
            outbox.retryLater(message.id(), reason, wait);
        }
    }

    /** 1 s, 2 s, 4 s ... up to 30 s: every worker of the node waits, then one tries again. */
    private Duration unreachableWait() {
        int streak = unreachableStreak++;
        Duration wait = Duration.ofSeconds(1L << Math.min(streak, 5));
        if (wait.compareTo(LONGEST_UNREACHABLE_WAIT) > 0) {
            wait = LONGEST_UNREACHABLE_WAIT;
        }
        unreachableUntil.accumulateAndGet(System.nanoTime() + wait.toNanos(), Math::max);
        return wait;
    }

    private void waitWhileUnreachable() {
        long left;
        while (running && (left = unreachableUntil.get() - System.nanoTime()) > 0) {
            pause(Duration.ofNanos(left));
        }
    }

    /** 5 s, 10 s, 20 s ... up to {@code max}. */
    static Duration backoff(int attempts, Duration max) {
        return Backoff.doubling(Duration.ofSeconds(5), attempts, max);
    }

    private void pause(Duration duration) {
        lock.lock();
        try {
            work.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
