package uk.headsup.accounts.internal.signin;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.headsup.platform.Backoff;
import uk.headsup.platform.Caches;

/**
 * Slows password guessing down without locking the owner out (issue 20, item 6). Wrong passwords are counted per
 * client (IP address) and address tried, whether or not an account exists for it:
 *
 * <ul>
 *   <li>from one client, after {@code maxFailedPasswords} wrong passwords for the same address, each further try
 *       waits a delay that doubles with every wrong password (one minute, two, four ... at most {@code lockout});
 *       the owner signing in from their own computer is not slowed by someone else's guesses;
 *   <li>from one client, at most {@code passwordsPerClientPerWindow} wrong passwords in a rate window, whatever
 *       the addresses: guessing across many accounts stops there.
 * </ul>
 *
 * A correct password clears that client's count for the address. Counts are kept in memory on each node (a node
 * restart forgets them); refusals say the same whether or not the account exists.
 */
@Component
public class PasswordThrottle {

    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    private record Pair(String client, String email) {}

    private static final class Failures {
        int count;
        Instant last;
    }

    private final SignInSettings settings;
    private final Clock clock;
    private final Cache<Pair, Failures> pairs;
    private final Cache<String, Deque<Instant>> clients;

    PasswordThrottle(SignInSettings settings, Clock clock, Caches caches) {
        this.settings = settings;
        this.clock = clock;
        this.pairs = caches.idle("sign-in.password-failures", 100_000, Duration.ofDays(1));
        this.clients = caches.idle("sign-in.password-clients", 100_000, settings.rateWindow());
    }

    /** When this client may next try a password for this address, if it must wait. */
    Optional<Instant> waitUntil(String client, String email) {
        Instant now = clock.instant();
        Deque<Instant> recent = clients.getIfPresent(key(client));
        if (recent != null) {
            synchronized (recent) {
                prune(recent, now);
                if (recent.size() >= settings.passwordsPerClientPerWindow()) {
                    return Optional.of(recent.peekFirst().plus(settings.rateWindow()));
                }
            }
        }
        Failures failures = pairs.getIfPresent(new Pair(key(client), key(email)));
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            int over = failures.count - settings.maxFailedPasswords();
            if (over < 0) {
                return Optional.empty();
            }
            Duration delay = Backoff.doubling(FIRST_DELAY, over + 1, settings.lockout());
            Instant until = failures.last.plus(delay);
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
    }

    void failed(String client, String email) {
        Instant now = clock.instant();
        Deque<Instant> recent = clients.get(key(client), c -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
        Failures failures = pairs.get(new Pair(key(client), key(email)), p -> new Failures());
        synchronized (failures) {
            failures.count++;
            failures.last = now;
        }
    }

    void succeeded(String client, String email) {
        pairs.invalidate(new Pair(key(client), key(email)));
    }

    private void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(settings.rateWindow()))) {
            recent.pollFirst();
        }
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
