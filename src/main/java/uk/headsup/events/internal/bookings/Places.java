package uk.headsup.events.internal.bookings;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger of an event's places. Every change to who holds or waits for a place happens here, inside the
 * caller's transaction and under the event row's lock ({@code select ... for no key update}, or the update of its counters itself), so bookings on any number
 * of application nodes are serialised per event: the places counted and the places granted can never disagree,
 * and the database's {@code check (places_taken <= capacity)} is the last line of defence. Waiting places are
 * ordered by a sequence drawn under the same lock, so the queue is the order in which requests were decided.
 */
@Component
public class Places {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Places(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** An event's counters while its row is locked. */
    public static final class Ledger {
        final long eventId;
        final int capacity;
        int taken;
        int waiting;
        final Integer perOrganisationLimit;
        final boolean autoConfirm;
        final int offerHoldHours;

        Ledger(long eventId, int capacity, int taken, int waiting, Integer limit, boolean autoConfirm, int hold) {
            this.eventId = eventId;
            this.capacity = capacity;
            this.taken = taken;
            this.waiting = waiting;
            this.perOrganisationLimit = limit;
            this.autoConfirm = autoConfirm;
            this.offerHoldHours = hold;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Ledger lock(long eventId) {
        return ledger(eventId, "for no key update").orElseThrow(() -> new BookingRefused("There is no such event"));
    }

    /** For background jobs: the lock if nobody else holds it now (they will try again on their next run). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Ledger> tryLock(long eventId) {
        return ledger(eventId, "for no key update skip locked");
    }

    private Optional<Ledger> ledger(long eventId, String locking) {
        return jdbc.sql("select id, capacity, places_taken, waiting, per_organisation_limit, auto_confirm,"
                        + " offer_hold_hours from events where id = :id " + locking)
                .param("id", eventId)
                .query((rs, n) -> new Ledger(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        (Integer) rs.getObject(5),
                        rs.getBoolean(6),
                        rs.getInt(7)))
                .optional();
    }

    /** A new booking: one request by one person for one or more places. */
    public record NewBooking(
            long organisationId,
            String organisationName,
            String bookedByEmail,
            String bookedByName,
            boolean authorityBooking,
            String purchaseOrder) {}

    /** A place a new booking asks for. */
    public record NewPlace(
            long bookingId,
            long organisationId,
            String organisationName,
            long personId,
            String name,
            String email,
            String dietary,
            String accessNeeds,
            String uid) {}

    /**
     * Writes new bookings of an event in one statement (their places follow with {@link #take}); returns their ids
     * in the order given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> book(long eventId, List<NewBooking> bookings, Instant now) {
        return jdbc.sql("""
                        with b as (
                            select nextval('event_bookings_id_seq') as id, a.i, a.b
                            from jsonb_array_elements(cast(:bookings as jsonb)) with ordinality as a(b, i)
                        ), written as (
                            insert into event_bookings (id, event_id, organisation_id, organisation_name,
                                booked_by_email, booked_by_name, authority_booking, purchase_order, created_at)
                            select id, :e, (b ->> 'organisationId')::bigint, b ->> 'organisationName',
                                   b ->> 'bookedByEmail', b ->> 'bookedByName', (b ->> 'authorityBooking')::boolean,
                                   b ->> 'purchaseOrder', :now
                            from b
                        )
                        select id from b order by i
                        """)
                .param("e", eventId)
                .param("bookings", JSON.writeValueAsString(bookings))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /**
     * Takes the places of new bookings in one statement, which locks the event's row by updating its counters and
     * inserts the places: confirmed while places are free and nobody waits, the rest waiting, in the order given
     * (the order the requests arrived, then the order each asked for its attendees). When nobody waited before,
     * the new {@code waiting} is the number not confirmed; when someone did, nothing is confirmed and {@code
     * waiting} exceeds the number asked for, so {@code greatest(0, n - waiting)} is the number confirmed either
     * way. Returns the places as written, in that order. One round trip under the lock, then the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Place> take(long eventId, List<NewPlace> wanted, Instant now) {
        List<Place> taken = jdbc.sql("""
                        with took as (
                            update events set
                                places_taken = places_taken
                                    + case when waiting = 0 then least(:n, capacity - places_taken) else 0 end,
                                waiting = waiting + :n
                                    - case when waiting = 0 then least(:n, capacity - places_taken) else 0 end
                            where id = :e
                            returning greatest(0, :n - waiting) as confirmed
                        ), p as (
                            insert into event_places (booking_id, event_id, person_id, attendee_name, attendee_email,
                                organisation_id, organisation_name, dietary, access_needs, status, queue_position, uid,
                                confirmed_at, created_at)
                            select (a.p ->> 'bookingId')::bigint, :e,
                                   (a.p ->> 'personId')::bigint, a.p ->> 'name', a.p ->> 'email',
                                   (a.p ->> 'organisationId')::bigint, a.p ->> 'organisationName',
                                   a.p ->> 'dietary', a.p ->> 'accessNeeds',
                                   case when a.i <= took.confirmed then :confirmedStatus else :waitingStatus end,
                                   nextval('event_queue'), a.p ->> 'uid',
                                   case when a.i <= took.confirmed then cast(:now as timestamptz) end, :now
                            from took, jsonb_array_elements(cast(:places as jsonb)) with ordinality as a(p, i)
                            order by a.i
                            returning *
                        )
                        select p.*, b.booked_by_email, b.booked_by_name, b.purchase_order, false as evaluated
                        from p join event_bookings b on b.id = p.booking_id
                        order by p.queue_position
                        """)
                .param("n", wanted.size())
                .param("confirmedStatus", PlaceStatus.CONFIRMED.name())
                .param("waitingStatus", PlaceStatus.WAITING.name())
                .param("e", eventId)
                .param("places", JSON.writeValueAsString(wanted))
                .param("now", Timestamp.from(now))
                .query(Bookings::row)
                .list();
        if (taken.size() != wanted.size()) {
            throw new BookingRefused("There is no such event");
        }
        return taken;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void save(Ledger ledger) {
        jdbc.sql("update events set places_taken = :taken, waiting = :waiting where id = :id")
                .param("taken", ledger.taken)
                .param("waiting", ledger.waiting)
                .param("id", ledger.eventId)
                .update();
    }

    /** Live places (confirmed, offered or waiting) an organisation holds at the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    int liveFor(Ledger ledger, long organisationId) {
        return jdbc.sql("""
                        select count(*) from event_places where event_id = :e and organisation_id = :o
                        and status in (:live)
                        """)
                .param("live", PlaceStatus.namesWhere(PlaceStatus::live))
                .param("e", ledger.eventId)
                .param("o", organisationId)
                .query(Integer.class)
                .single();
    }

    /**
     * Gives the freed places to those waiting, first come first served: each is confirmed at once when the event
     * confirms automatically, else offered and held for the event's hold time. Saves the ledger.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> moveWaitingList(Ledger ledger, Instant now) {
        int free = Math.min(ledger.capacity - ledger.taken, ledger.waiting);
        List<Long> moved = new ArrayList<>();
        if (free > 0) {
            PlaceStatus to = ledger.autoConfirm ? PlaceStatus.CONFIRMED : PlaceStatus.OFFERED;
            Instant expires = ledger.autoConfirm ? null : now.plus(Duration.ofHours(ledger.offerHoldHours));
            moved = jdbc
                    .sql("""
                            update event_places set status = :to, offer_expires_at = :expires,
                                confirmed_at = case when :to = :confirmed then :now else confirmed_at end
                            where id in (select id from event_places where event_id = :e and status = :waiting
                                         order by queue_position limit :n)
                            returning id, queue_position
                            """)
                    .param("to", to.name())
                    .param("confirmed", PlaceStatus.CONFIRMED.name())
                    .param("waiting", PlaceStatus.WAITING.name())
                    .param("expires", expires == null ? null : Timestamp.from(expires))
                    .param("now", Timestamp.from(now))
                    .param("e", ledger.eventId)
                    .param("n", free)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list()
                    .stream()
                    .sorted((a, b) -> Long.compare(a[1], b[1]))
                    .map(a -> a[0])
                    .toList();
            ledger.taken += moved.size();
            ledger.waiting -= moved.size();
            PlaceChanged.Change change =
                    ledger.autoConfirm ? PlaceChanged.Change.PROMOTED : PlaceChanged.Change.OFFERED;
            moved.forEach(id -> events.publishEvent(PlaceChanged.of(id, change)));
        }
        save(ledger);
        return moved;
    }

    /**
     * Writes a place ended by one of its methods (cancelled or declined), frees what it held and moves the waiting
     * list. Refused if the place changed since it was read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void end(Ledger ledger, Place was, Place ended, String by) {
        save(was, ended, by);
        if (was.status().takesAPlace()) {
            ledger.taken--;
        } else {
            ledger.waiting--;
        }
        moveWaitingList(ledger, ended.cancelledAt());
    }

    /** Writes a place changed by one of its methods; refused if it changed since it was read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Place was, Place now, String cancelledBy) {
        int changed = jdbc.sql("""
                        update event_places set status = :status, offer_expires_at = :expires,
                            confirmed_at = :confirmed, cancelled_at = :cancelled,
                            cancelled_by = coalesce(:by, cancelled_by), late_cancellation = :late
                        where id = :id and status = :was
                        """)
                .param("status", now.status().name())
                .param("expires", timestamp(now.offerExpiresAt()))
                .param("confirmed", timestamp(now.confirmedAt()))
                .param("cancelled", timestamp(now.cancelledAt()))
                .param("by", cancelledBy)
                .param("late", now.lateCancellation())
                .param("id", was.id())
                .param("was", was.status().name())
                .update();
        if (changed == 0) {
            throw new BookingRefused("This place has changed since you looked at it: look again");
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
