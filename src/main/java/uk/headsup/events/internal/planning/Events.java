package uk.headsup.events.internal.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.Vat;
import uk.headsup.platform.UkTime;

/** Events and their sessions, as stored. Places are changed only by {@link Places}. */
@Repository
public class Events {

    private final JdbcClient jdbc;

    Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Event> find(long id) {
        List<Event> found = list("where e.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    /** Published events whose last session ends after {@code from} and starts before {@code until}, by start. */
    public List<Event> between(Instant from, Instant until) {
        return list(
                "where e.published_at is not null and e.ends_at > :from and e.starts_at < :until"
                        + " order by e.starts_at, e.id",
                Map.of("from", Timestamp.from(from), "until", Timestamp.from(until)));
    }

    /** The published meetings of a calendar, by start. */
    public List<Event> inSeries(long seriesId) {
        return list(
                "where e.series_id = :s and e.published_at is not null order by e.starts_at", Map.of("s", seriesId));
    }

    /**
     * The coming events anyone may see without signing in (the public list and its calendar feed): bookable, in the
     * next 400 days, and neither a meeting of a calendar (those are for its audience only) nor a statutory meeting.
     */
    public List<Event> listedPublicly(Instant now) {
        return between(now, now.plus(Duration.ofDays(400))).stream()
                .filter(e -> e.bookable() && e.seriesId() == null && e.type() != EventType.STATUTORY_MEETING)
                .toList();
    }

    /** Events saved as drafts, newest first: for events officers only. */
    public List<Event> drafts() {
        return list("where e.published_at is null order by e.created_at desc, e.id desc", Map.of());
    }

    /** Publishes a draft: from now on it is listed, in feeds and (if bookable) open for booking. */
    @Transactional
    public boolean publish(long id) {
        return jdbc.sql("update events set published_at = now() where id = :id and published_at is null")
                        .param("id", id)
                        .update()
                > 0;
    }

    public List<Event> withIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("where e.id in (:ids) order by e.starts_at", Map.of("ids", ids));
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from events)")
                .query(Boolean.class)
                .single();
    }

    /** Adds a published event. */
    @Transactional
    public long add(NewEvent e, String createdBy) {
        return add(e, createdBy, true);
    }

    /** Adds an event, published at once or saved as a draft for events officers to preview. */
    @Transactional
    public long add(NewEvent e, String createdBy, boolean publish) {
        Instant starts = UkTime.instant(e.sessions().get(0).starts());
        Instant ends = UkTime.instant(e.sessions().get(e.sessions().size() - 1).ends());
        long id = jdbc.sql("""
                        insert into events (type, series_id, title, description, audience, audience_label, starts_at,
                            ends_at, venue_name, venue_address, venue_accessibility, online_link, trainer, contact_name,
                            contact_email, bookable, capacity, price_pence, vat, booking_opens_at, booking_closes_at,
                            cancellation_deadline, per_organisation_limit, auto_confirm, offer_hold_hours,
                            everyone_should_attend, reminder_days_before, evaluation_questions, created_by,
                            published_at)
                        values (:type, :series, :title, :description, cast(:audience as jsonb), :audienceLabel, :starts,
                            :ends, :venueName, :venueAddress, :venueAccessibility, :onlineLink, :trainer, :contactName,
                            :contactEmail, :bookable, :capacity, :price, :vat, :opens, :closes, :cancellation, :limit,
                            :autoConfirm, :hold, :everyone, :reminder, cast(:questions as jsonb), :createdBy,
                            case when :publish then now() end)
                        returning id
                        """)
                .params(columns(e))
                .param("starts", Timestamp.from(starts))
                .param("ends", Timestamp.from(ends))
                .param("createdBy", createdBy)
                .param("publish", publish)
                .query(Long.class)
                .single();
        addSessions(id, e.sessions());
        return id;
    }

    /** Changes everything but the places; capacity goes through {@link Places#changeCapacity}. */
    @Transactional
    public void change(long id, NewEvent e) {
        Instant starts = UkTime.instant(e.sessions().get(0).starts());
        Instant ends = UkTime.instant(e.sessions().get(e.sessions().size() - 1).ends());
        jdbc.sql("""
                        update events set type = :type, series_id = :series, title = :title, description = :description,
                            audience = cast(:audience as jsonb), audience_label = :audienceLabel, starts_at = :starts,
                            ends_at = :ends, venue_name = :venueName, venue_address = :venueAddress,
                            venue_accessibility = :venueAccessibility, online_link = :onlineLink, trainer = :trainer,
                            contact_name = :contactName, contact_email = :contactEmail, bookable = :bookable,
                            price_pence = :price, vat = :vat, booking_opens_at = :opens, booking_closes_at = :closes,
                            cancellation_deadline = :cancellation, per_organisation_limit = :limit,
                            auto_confirm = :autoConfirm, offer_hold_hours = :hold, everyone_should_attend = :everyone,
                            reminder_days_before = :reminder, evaluation_questions = cast(:questions as jsonb)
                        where id = :id
                        """)
                .params(columns(e))
                .param("starts", Timestamp.from(starts))
                .param("ends", Timestamp.from(ends))
                .param("id", id)
                .update();
        // Sessions that stay as they were keep their ids, and so their registers; others are replaced.
        List<NewEvent.Session> added = new ArrayList<>(e.sessions());
        List<Long> removed = new ArrayList<>();
        jdbc.sql("select id, starts_at, ends_at from event_sessions where event_id = :id")
                .param("id", id)
                .query(rs -> {
                    Instant from = instant(rs, "starts_at");
                    Instant to = instant(rs, "ends_at");
                    NewEvent.Session kept = added.stream()
                            .filter(s -> UkTime.instant(s.starts()).equals(from)
                                    && UkTime.instant(s.ends()).equals(to))
                            .findFirst()
                            .orElse(null);
                    if (kept == null) {
                        removed.add(rs.getLong("id"));
                    } else {
                        added.remove(kept);
                    }
                });
        if (!removed.isEmpty()) {
            jdbc.sql("delete from event_sessions where id in (:ids)")
                    .param("ids", removed)
                    .update();
        }
        addSessions(id, added);
        // A changed time or place is a new version of every booked place's calendar entry.
        jdbc.sql("update event_places set ics_sequence = ics_sequence + 1 where event_id = :id")
                .param("id", id)
                .update();
    }

    private void addSessions(long eventId, List<NewEvent.Session> sessions) {
        for (NewEvent.Session s : sessions) {
            jdbc.sql("insert into event_sessions (event_id, starts_at, ends_at) values (:e, :s, :t)")
                    .param("e", eventId)
                    .param("s", Timestamp.from(UkTime.instant(s.starts())))
                    .param("t", Timestamp.from(UkTime.instant(s.ends())))
                    .update();
        }
    }

    private static Map<String, Object> columns(NewEvent e) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", e.type().name());
        p.put("series", e.seriesId());
        p.put("title", e.title());
        p.put("description", e.description() == null ? "" : e.description());
        p.put("audience", AudienceJson.write(e.audience()));
        p.put("audienceLabel", e.audienceLabel());
        p.put("venueName", nz(e.venue().name()));
        p.put("venueAddress", nz(e.venue().address()));
        p.put("venueAccessibility", nz(e.venue().accessibility()));
        p.put("onlineLink", nz(e.venue().onlineLink()));
        p.put("trainer", nz(e.trainer()));
        p.put("contactName", e.contactName());
        p.put("contactEmail", e.contactEmail());
        p.put("bookable", e.bookable());
        p.put("capacity", e.capacity());
        p.put("price", e.pricePence());
        p.put("vat", e.vat().name());
        p.put("opens", e.bookingOpens() == null ? null : Timestamp.from(UkTime.instant(e.bookingOpens())));
        p.put("closes", Timestamp.from(UkTime.instant(e.bookingCloses())));
        p.put("cancellation", Timestamp.from(UkTime.instant(e.cancellationDeadline())));
        p.put("limit", e.perOrganisationLimit());
        p.put("autoConfirm", e.autoConfirm());
        p.put("hold", e.offerHoldHours());
        p.put("everyone", e.everyoneShouldAttend());
        p.put("reminder", e.reminderDaysBefore());
        p.put("questions", AudienceJson.writeList(e.evaluationQuestions()));
        return p;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private List<Event> list(String where, Map<String, ?> params) {
        List<Event> events = jdbc.sql("select e.* from events e " + where)
                .params(params)
                .query(Events::row)
                .list();
        if (events.isEmpty()) {
            return events;
        }
        Map<Long, List<Event.Session>> sessions = new HashMap<>();
        jdbc.sql("select id, event_id, starts_at, ends_at from event_sessions where event_id in (:ids)"
                        + " order by starts_at, id")
                .param("ids", events.stream().map(Event::id).toList())
                .query(rs -> {
                    sessions.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                            .add(new Event.Session(rs.getLong("id"), instant(rs, "starts_at"), instant(rs, "ends_at")));
                });
        return events.stream()
                .map(e -> withSessions(e, sessions.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static Event withSessions(Event e, List<Event.Session> sessions) {
        return new Event(
                e.id(),
                e.type(),
                e.seriesId(),
                e.title(),
                e.description(),
                e.audience(),
                e.audienceLabel(),
                e.startsAt(),
                e.endsAt(),
                e.venueName(),
                e.venueAddress(),
                e.venueAccessibility(),
                e.onlineLink(),
                e.trainer(),
                e.contactName(),
                e.contactEmail(),
                e.bookable(),
                e.capacity(),
                e.placesTaken(),
                e.waiting(),
                e.pricePence(),
                e.vat(),
                e.bookingOpensAt(),
                e.bookingClosesAt(),
                e.cancellationDeadline(),
                e.perOrganisationLimit(),
                e.autoConfirm(),
                e.offerHoldHours(),
                e.everyoneShouldAttend(),
                e.reminderDaysBefore(),
                e.evaluationQuestions(),
                List.copyOf(sessions),
                e.publishedAt());
    }

    static Event row(ResultSet rs, int n) throws SQLException {
        return new Event(
                rs.getLong("id"),
                EventType.valueOf(rs.getString("type")),
                (Long) rs.getObject("series_id"),
                rs.getString("title"),
                rs.getString("description"),
                AudienceJson.read(rs.getString("audience")),
                rs.getString("audience_label"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("venue_name"),
                rs.getString("venue_address"),
                rs.getString("venue_accessibility"),
                rs.getString("online_link"),
                rs.getString("trainer"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getBoolean("bookable"),
                rs.getInt("capacity"),
                rs.getInt("places_taken"),
                rs.getInt("waiting"),
                rs.getLong("price_pence"),
                Vat.valueOf(rs.getString("vat")),
                instant(rs, "booking_opens_at"),
                instant(rs, "booking_closes_at"),
                instant(rs, "cancellation_deadline"),
                (Integer) rs.getObject("per_organisation_limit"),
                rs.getBoolean("auto_confirm"),
                rs.getInt("offer_hold_hours"),
                rs.getBoolean("everyone_should_attend"),
                (Integer) rs.getObject("reminder_days_before"),
                AudienceJson.readList(rs.getString("evaluation_questions")),
                List.of(),
                instant(rs, "published_at"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
