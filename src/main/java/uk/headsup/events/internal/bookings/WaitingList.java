package uk.headsup.events.internal.bookings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves waiting lists by themselves: an offer not taken up in time lapses and the place is offered to the next
 * person waiting (or confirmed for them, on events that confirm automatically). Every node runs this job; each
 * event is claimed with {@code for update skip locked}, so two nodes never pass on the same offer.
 */
@Component
public class WaitingList {

    private final JdbcClient jdbc;
    private final Places places;
    private final Bookings bookings;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WaitingList(
            JdbcClient jdbc,
            Places places,
            Bookings bookings,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.bookings = bookings;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${headsup.events.waiting-list-interval:1m}", initialDelayString = "10s")
    void run() {
        passOnLapsedOffers();
    }

    /**
     * The events with offers whose time is up. {@link PlaceStatus#OFFERED} is written out, not bound: PostgreSQL uses
     * the partial index {@code event_places_offers_due} ({@code where status = 'OFFERED'}) only for a predicate that
     * matches it when the statement is planned. PlaceStatusTest ties the literal to the enum.
     */
    static final String EVENTS_WITH_OFFERS_DUE =
            "select distinct event_id from event_places where status = 'OFFERED' and offer_expires_at <= :now";

    /** Lapses offers whose time is up, event by event; returns how many lapsed. */
    public int passOnLapsedOffers() {
        Instant now = clock.instant();
        List<Long> eventIds = jdbc.sql(EVENTS_WITH_OFFERS_DUE)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
        int lapsed = 0;
        for (long eventId : eventIds) {
            Integer n = transactions.execute(status ->
                    places.tryLock(eventId).map(ledger -> lapse(ledger, now)).orElse(0));
            lapsed += n == null ? 0 : n;
        }
        return lapsed;
    }

    private int lapse(Places.Ledger ledger, Instant now) {
        List<Long> expired = jdbc.sql("""
                        update event_places set status = :expired, offer_expires_at = null, cancelled_at = :now
                        where event_id = :e and status in (:lapsing) and offer_expires_at <= :now
                        returning id
                        """)
                .param("expired", PlaceStatus.OFFER_EXPIRED.name())
                .param("lapsing", PlaceStatus.namesWhere(PlaceStatus::canLapse))
                .param("now", Timestamp.from(now))
                .param("e", ledger.eventId)
                .query(Long.class)
                .list();
        ledger.taken -= expired.size();
        expired.forEach(id -> publisher.publishEvent(PlaceChanged.of(id, PlaceChanged.Change.OFFER_EXPIRED)));
        places.moveWaitingList(ledger, now);
        return expired.size();
    }

    /** Used by tests and pages: the offers of an event still open. */
    List<Place> openOffers(long eventId) {
        return bookings.ofEvent(eventId).stream()
                .filter(p -> p.status() == PlaceStatus.OFFERED)
                .toList();
    }
}
