package uk.headsup.wellbeing.internal;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.Collection;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.headsup.mailing.UntrackedLinks;
import uk.headsup.platform.Caches;
import uk.headsup.platform.Site;
import uk.headsup.wellbeing.internal.peergroups.PeerGroups;

/**
 * Links to the wellbeing pages, and to the events that peer groups run as (their pages and booking forms), are never
 * click-tracked per person, in bulletins, notices or anything else. The peer groups' events are read at most every
 * 30 seconds, and again as soon as a new peer group's event is committed (so its links are never tracked, even in
 * the first seconds).
 */
@Component
class WellbeingLinks implements UntrackedLinks {

    private final String prefix;
    private final String events;
    private final PeerGroups peerGroups;
    private final Cache<String, Collection<Long>> peerGroupEvents;

    WellbeingLinks(Site site, PeerGroups peerGroups, Caches caches) {
        this.prefix = site.link("/wellbeing");
        this.events = site.link("/events/");
        this.peerGroups = peerGroups;
        this.peerGroupEvents = caches.aged("wellbeing.peer-group-events", 1, Duration.ofSeconds(30));
    }

    @Override
    public boolean untracked(String url) {
        return under(url, prefix) || under(url, "/wellbeing") || peerGroupEvent(url);
    }

    private boolean peerGroupEvent(String url) {
        String path = url.startsWith(events) ? url.substring(events.length()) : null;
        if (path == null || path.isEmpty() || !Character.isDigit(path.charAt(0))) {
            return false;
        }
        int end = 0;
        while (end < path.length() && Character.isDigit(path.charAt(end))) {
            end++;
        }
        if (end > 18) {
            return false;
        }
        long id = Long.parseLong(path.substring(0, end));
        return peerGroupEvents.get("all", all -> peerGroups.events().values()).contains(id);
    }

    /** Before the transaction that started the group commits, too: a message rendered meanwhile reads the set again. */
    @EventListener
    void started(PeerGroups.Started started) {
        peerGroupEvents.invalidateAll();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(PeerGroups.Started started) {
        peerGroupEvents.invalidateAll();
    }

    private static boolean under(String url, String prefix) {
        return url.equals(prefix)
                || url.startsWith(prefix + "/")
                || url.startsWith(prefix + "?")
                || url.startsWith(prefix + "#");
    }
}
