package uk.headsup.mailing.internal.outbox;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Which senders holding claims on messages are gone, so that their messages are sent again now rather than when
 * their lease runs out. Every node records a heartbeat every {@link #HEARTBEAT}. A sender is gone when it is
 * <ul>
 *   <li>this node's own name while it starts (a JVM started again with the same pid on the same host, as in a
 *       container: this node has claimed nothing yet);
 *   <li>a process on this host that is no longer running;
 *   <li>not heard from for {@link #STALE}: a node on another host that died, or a process that hangs.
 * </ul>
 */
public final class Senders {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    public static final Duration STALE = Duration.ofMinutes(1);

    private Senders() {}

    /**
     * @param claimants each sender holding claims, with whether its heartbeat is stale
     * @param running whether a process of this host with that pid is running
     */
    static Set<String> gone(Map<String, Boolean> claimants, String me, boolean starting, LongPredicate running) {
        return claimants.entrySet().stream()
                .filter(c -> gone(c.getKey(), c.getValue(), me, starting, running))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    static boolean gone(String claimant, boolean stale, String me, boolean starting, LongPredicate running) {
        if (claimant.equals(me)) {
            return starting;
        }
        int at = claimant.indexOf('@');
        if (at > 0 && claimant.substring(at + 1).equals(me.substring(me.indexOf('@') + 1))) {
            try {
                if (!running.test(Long.parseLong(claimant.substring(0, at)))) {
                    return true;
                }
            } catch (NumberFormatException notAPid) {
                // judged by its heartbeat
            }
        }
        return stale;
    }

    static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
