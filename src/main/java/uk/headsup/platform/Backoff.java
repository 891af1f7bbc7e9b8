package uk.headsup.platform;

import java.time.Duration;

/**
 * How long to wait before trying again: a first wait doubled for each failure after the first, never more than a
 * most. One rule for the mail workers' retries and the waits after wrong passwords.
 */
public final class Backoff {

    private Backoff() {}

    /**
     * {@code first} after the first failure, twice that after the second, and so on, up to {@code most}.
     *
     * @param failures failures so far (0 or 1 wait {@code first})
     */
    public static Duration doubling(Duration first, int failures, Duration most) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(most) > 0 ? most : wait;
    }
}
