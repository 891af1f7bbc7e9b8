package uk.headsup.events.internal.bookings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.events.internal.planning.Events;

/** Reading places and bookings. */
@Repository
public class Bookings {

    private static final String SELECT = """
            select p.*, b.booked_by_email, b.booked_by_name, b.purchase_order,
                   exists (select 1 from event_evaluations v where v.place_id = p.id) as evaluated
            from event_places p join event_bookings b on b.id = p.booking_id
            """;

    private final JdbcClient jdbc;

    Bookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Place> place(long id) {
        return jdbc.sql(SELECT + " where p.id = :id")
                .param("id", id)
                .query(Bookings::row)
                .optional();
    }

    public List<Place> ofBooking(long bookingId) {
        return jdbc.sql(SELECT + " where p.booking_id = :id order by p.id")
                .param("id", bookingId)
                .query(Bookings::row)
                .list();
    }

    /** Places of several bookings, booking by booking, each in the order it asked for them. */
    public List<Place> ofBookings(List<Long> bookingIds) {
        return jdbc.sql(SELECT + " where p.booking_id in (:ids) order by p.booking_id, p.id")
                .param("ids", bookingIds)
                .query(Bookings::row)
                .list();
    }

    /**
     * Marks bookings whose emails are being queued, in the caller's transaction; returns those not marked before,
     * so each booking's emails are queued once however often its event is delivered.
     */
    public List<Long> markNotified(List<Long> bookingIds) {
        return jdbc.sql("""
                        update event_bookings set notified_at = now()
                        where id in (:ids) and notified_at is null
                        returning id
                        """).param("ids", bookingIds).query(Long.class).list();
    }

    /** Each waiting place's position in its event's queue (1 for the first), by place id, in one query. */
    public Map<Long, Integer> positionsInQueue(List<Place> waiting) {
        if (waiting.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> positions = new HashMap<>();
        jdbc.sql("""
                        select p.id, (select count(*) from event_places w
                                      where w.event_id = p.event_id and w.status = :waiting
                                        and w.queue_position <= p.queue_position)
                        from event_places p where p.id in (:ids)
                        """)
                .param("waiting", PlaceStatus.WAITING.name())
                .param("ids", waiting.stream().map(Place::id).toList())
                .query(rs -> {
                    positions.put(rs.getLong(1), rs.getInt(2));
                });
        return positions;
    }

    /** Every place of an event, live ones first (confirmed and offered by name, then the queue), then ended ones. */
    public List<Place> ofEvent(long eventId) {
        return jdbc.sql(SELECT + """
                         where p.event_id = :e
                         order by case p.status when :confirmed then 0 when :offered then 1 when :waiting then 2
                                  else 3 end,
                                  case when p.status = :waiting then p.queue_position end,
                                  p.organisation_name, p.attendee_name, p.id
                        """)
                .param("confirmed", PlaceStatus.CONFIRMED.name())
                .param("offered", PlaceStatus.OFFERED.name())
                .param("waiting", PlaceStatus.WAITING.name())
                .param("e", eventId)
                .query(Bookings::row)
                .list();
    }

    /** Places someone holds or booked for others, newest event first. */
    public List<Place> forPerson(String email) {
        return jdbc.sql(SELECT + """
                         join events e on e.id = p.event_id
                         where lower(p.attendee_email) = lower(:email) or lower(b.booked_by_email) = lower(:email)
                         order by e.starts_at desc, p.id
                        """).param("email", email).query(Bookings::row).list();
    }

    /** Live places of one attendee at one event (at most one). */
    public Optional<Place> liveAt(long eventId, String email) {
        return jdbc.sql(SELECT + """
                         where p.event_id = :e and lower(p.attendee_email) = lower(:email)
                         and p.status in\s""" + PlaceStatus.LIVE_IN_SQL)
                .param("e", eventId)
                .param("email", email)
                .query(Bookings::row)
                .optional();
    }

    /** 1 for the first in the queue. */
    public int positionInQueue(Place place) {
        return jdbc.sql("""
                        select count(*) from event_places
                        where event_id = :e and status = :waiting and queue_position <= :q
                        """)
                .param("waiting", PlaceStatus.WAITING.name())
                .params(Map.of("e", place.eventId(), "q", place.queuePosition()))
                .query(Integer.class)
                .single();
    }

    public static Place row(ResultSet rs, int n) throws SQLException {
        return new Place(
                rs.getLong("id"),
                rs.getLong("booking_id"),
                rs.getLong("event_id"),
                (Long) rs.getObject("person_id"),
                rs.getString("attendee_name"),
                rs.getString("attendee_email"),
                (Long) rs.getObject("organisation_id"),
                rs.getString("organisation_name"),
                rs.getString("dietary"),
                rs.getString("access_needs"),
                PlaceStatus.valueOf(rs.getString("status")),
                rs.getLong("queue_position"),
                Events.instant(rs, "offer_expires_at"),
                rs.getString("uid"),
                rs.getInt("ics_sequence"),
                Events.instant(rs, "confirmed_at"),
                Events.instant(rs, "cancelled_at"),
                rs.getBoolean("late_cancellation"),
                rs.getString("charge_waived_by"),
                Attendance.of(rs.getString("attendance")),
                Events.instant(rs, "certificate_sent_at"),
                rs.getString("evaluation_token"),
                rs.getString("booked_by_email"),
                rs.getString("booked_by_name"),
                rs.getString("purchase_order"),
                rs.getBoolean("evaluated"),
                rs.getObject("certificate_hours") == null ? null : rs.getDouble("certificate_hours"));
    }
}
