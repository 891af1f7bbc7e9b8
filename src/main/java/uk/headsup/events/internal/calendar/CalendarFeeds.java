package uk.headsup.events.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.StaffMember;
import uk.headsup.events.NewSeries;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.events.internal.planning.AudienceJson;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.ActionsDue;
import uk.headsup.platform.Site;
import uk.headsup.platform.format.CalendarFile;

/**
 * Private calendar feeds that Outlook or Google Calendar subscribe to: a person's own bookings (with the dated
 * deadlines other modules ask of them, through {@link ActionsDue}: a safeguarding audit return, a bulletin's call to
 * action; events knows none of those modules), or a calendar of
 * meetings (such as the year's FAP panels) for its audience. The address carries a 256-bit random token; only its
 * SHA-256 is stored. A revoked, unknown or altered token finds nothing. A series feed also stops when its owner
 * leaves the series' audience.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Events events;
    private final CalendarEntries entries;
    private final StaffLookup staff;
    private final Clock clock;
    private final ObjectProvider<ActionsDue> due;
    private final Site site;

    CalendarFeeds(
            JdbcClient jdbc,
            Events events,
            CalendarEntries entries,
            StaffLookup staff,
            Clock clock,
            ObjectProvider<ActionsDue> due,
            Site site) {
        this.due = due;
        this.site = site;
        this.jdbc = jdbc;
        this.events = events;
        this.entries = entries;
        this.staff = staff;
        this.clock = clock;
    }

    /** A calendar of meetings. */
    public record Series(
            long id, String title, String description, String academicYear, Audience audience, String audienceLabel) {}

    /** A feed someone has, without its token (which is shown only once, when it is made). */
    public record Feed(long id, String ownerEmail, Long seriesId, String name, Instant createdAt) {}

    @Transactional
    public String create(String ownerEmail, boolean authorityStaff, Long seriesId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into event_calendar_feeds (token_hash, owner_email, owner_is_authority, series_id, created_at)"
                        + " values (:h, :o, :a, :s, :now)")
                .param("a", authorityStaff)
                .param("h", hash(token))
                .param("o", ownerEmail)
                .param("s", seriesId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    @Transactional
    public boolean revoke(long feedId, String ownerEmail) {
        return jdbc.sql(
                                "update event_calendar_feeds set revoked_at = :now where id = :id and lower(owner_email) = lower(:o)"
                                        + " and revoked_at is null")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", feedId)
                        .param("o", ownerEmail)
                        .update()
                > 0;
    }

    public List<Feed> of(String ownerEmail) {
        return jdbc.sql("""
                        select f.id, f.owner_email, f.series_id, coalesce(s.title || ' (' || s.academic_year || ')', 'Your bookings'),
                               f.created_at
                        from event_calendar_feeds f left join event_series s on s.id = f.series_id
                        where lower(f.owner_email) = lower(:o) and f.revoked_at is null order by f.id
                        """)
                .param("o", ownerEmail)
                .query((rs, n) -> new Feed(
                        rs.getLong(1),
                        rs.getString(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public List<Series> series() {
        return jdbc.sql("select * from event_series order by academic_year desc, title")
                .query((rs, n) -> new Series(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("academic_year"),
                        AudienceJson.read(rs.getString("audience")),
                        rs.getString("audience_label")))
                .list();
    }

    /** Changes a calendar: its feeds show the change the next time a calendar program fetches them. */
    public void change(long id, NewSeries series) {
        jdbc.sql("""
                        update event_series set title = :t, description = :d, academic_year = :y,
                               audience = cast(:a as jsonb), audience_label = :l
                         where id = :id
                        """)
                .param("id", id)
                .param("t", series.title())
                .param("d", series.description() == null ? "" : series.description())
                .param("y", series.academicYear())
                .param("a", AudienceJson.write(series.audience()))
                .param("l", series.audienceLabel())
                .update();
    }

    public Optional<Series> series(long id) {
        return series().stream().filter(s -> s.id() == id).findFirst();
    }

    /** Whether this member of staff is in the series' audience today (authority staff always are). */
    public boolean mayFollow(Series series, String email, boolean authorityStaff) {
        if (authorityStaff) {
            return true;
        }
        Optional<StaffMember> me = staff.staffMember(email);
        return me.isPresent()
                && me.get().posts().stream()
                        .anyMatch(p ->
                                staff.inAudience(series.audience(), me.get().personId(), p.organisationId()));
    }

    /** The calendar behind a token, or empty for a token that is unknown, altered or revoked. */
    public Optional<byte[]> calendar(String token) {
        Optional<Feed> feed = jdbc.sql("""
                        select f.id, f.owner_email, f.series_id, case when f.owner_is_authority then 'A' else '' end,
                               f.created_at
                        from event_calendar_feeds f
                        where f.token_hash = :h and f.revoked_at is null
                        """)
                .param("h", hash(token))
                .query((rs, n) -> new Feed(
                        rs.getLong(1),
                        rs.getString(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Feed f = feed.get();
        List<CalendarFile.Entry> all = new ArrayList<>();
        String name;
        if (f.seriesId() == null) {
            name = "Your bookings";
            List<Place> places = jdbc.sql("""
                            select p.*, b.booked_by_email, b.booked_by_name, b.purchase_order, false as evaluated
                            from event_places p join event_bookings b on b.id = p.booking_id
                            where lower(p.attendee_email) = lower(:o) and p.status = :confirmed
                            """)
                    .param("confirmed", PlaceStatus.CONFIRMED.name())
                    .param("o", f.ownerEmail())
                    .query(Bookings::row)
                    .list();
            for (Place p : places) {
                events.find(p.eventId()).ifPresent(e -> all.addAll(entries.forPlace(e, p, p.uid(), false)));
            }
            all.addAll(deadlines(f.ownerEmail()));
        } else {
            Optional<Series> series = series(f.seriesId());
            boolean authority = f.name().equals("A");
            if (series.isEmpty() || !mayFollow(series.get(), f.ownerEmail(), authority)) {
                return Optional.empty();
            }
            name = series.get().title() + " " + series.get().academicYear();
            events.inSeries(f.seriesId()).forEach(e -> all.addAll(entries.forEvent(e)));
        }
        return Optional.of(
                CalendarFile.write(entries.product(), name, CalendarFile.Method.PUBLISH, clock.instant(), all));
    }

    /**
     * The open, dated things other modules ask of this person, as on their "What needs your attention" list (an
     * audit return's deadline, a course offered), each a day-long entry. Read when the calendar program fetches the
     * feed, so a deadline done elsewhere leaves it at the next fetch.
     */
    private List<CalendarFile.Day> deadlines(String email) {
        String host = site.baseUrl().getHost();
        return due.orderedStream()
                .flatMap(a -> a.actionsDue(email).stream())
                .filter(a -> a.open() && a.due() != null)
                .map(a -> a.calendarDay(host, site::link))
                .toList();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
