package uk.headsup.mailing.internal.outbox;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Spaces messages evenly so that a node sends at most so many a second, whatever its number of workers. */
final class RateLimit {

    private final long interval;
    private long next;

    RateLimit(double perSecond) {
        this.interval = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    /** Waits until this node may send one more message. */
    void acquire() {
        if (interval == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(next, now);
            next = slot + interval;
            wait = slot - now;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
