package uk.headsup.events.internal.register;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.events.internal.bookings.Attendance;
import uk.headsup.events.internal.bookings.BookingRefused;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.planning.Notice;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;
import uk.headsup.platform.UkTime;

/**
 * The attendance register, taken per session and only from the session's start. Once the last session is over,
 * each place is settled: attended if its person came to any session (a training course's certificate counts the
 * hours of the sessions attended, and comes with the course evaluation), a no-show if they came to none (charged as
 * such). A register corrected after that corrects the outcome, re-issues or withdraws the certificate, and tells
 * the person.
 */
@Service
public class Register {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final Events events;
    private final Certificates certificates;
    private final Mailer mailer;
    private final Site site;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Register(
            JdbcClient jdbc,
            Bookings bookings,
            Events events,
            Certificates certificates,
            Mailer mailer,
            Site site,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.events = events;
        this.certificates = certificates;
        this.mailer = mailer;
        this.site = site;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One session's register: its number (from 1), whether it is open yet, and each place's mark so far. */
    public record Sitting(Event.Session session, int number, boolean open, Map<Long, Boolean> marks) {

        public String when() {
            return UkTime.span(session.startsAt(), session.endsAt());
        }

        public String opens() {
            return UkTime.deadline(session.startsAt());
        }

        /** The mark's name (an {@link Attendance}), or null when not yet marked, for the form. */
        public String mark(long placeId) {
            Boolean attended = marks.get(placeId);
            return attended == null ? null : (attended ? Attendance.ATTENDED : Attendance.NO_SHOW).name();
        }
    }

    /** What saving a register did: certificates sent for the first time, and people told of a correction. */
    public record Outcome(int certificates, int corrections) {}

    public List<Sitting> sittings(Event event) {
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        jdbc.sql("""
                        select a.session_id, a.place_id, a.attended from event_attendance a
                        join event_sessions s on s.id = a.session_id where s.event_id = :e
                        """).param("e", event.id()).query(rs -> {
            marks.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBoolean(3));
        });
        Instant now = clock.instant();
        List<Sitting> sittings = new ArrayList<>();
        for (int i = 0; i < event.sessions().size(); i++) {
            Event.Session s = event.sessions().get(i);
            sittings.add(new Sitting(s, i + 1, !now.isBefore(s.startsAt()), marks.getOrDefault(s.id(), Map.of())));
        }
        return sittings;
    }

    /**
     * Records one session's attendance (place id to ATTENDED or NO_SHOW) for confirmed places of the event, then
     * settles the places marked if the last session is over.
     *
     * @throws BookingRefused before the session has started, or for a session of another event
     */
    @Transactional
    public Outcome mark(long eventId, long sessionId, Map<Long, String> attendance) {
        Event event = events.find(eventId).orElseThrow();
        Event.Session session = event.sessions().stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow(() -> new BookingRefused("There is no such session"));
        Instant now = clock.instant();
        if (now.isBefore(session.startsAt())) {
            throw new BookingRefused(
                    "The register for the session on " + UkTime.span(session.startsAt(), session.endsAt())
                            + " opens when it starts, at " + UkTime.deadline(session.startsAt()));
        }
        List<Long> marked = new ArrayList<>();
        for (Map.Entry<Long, String> mark : attendance.entrySet()) {
            Attendance given = Arrays.stream(Attendance.values())
                    .filter(a -> a.name().equals(mark.getValue()))
                    .findFirst()
                    .orElse(null);
            if (given == null) {
                continue;
            }
            int rows = jdbc.sql("""
                            insert into event_attendance (place_id, session_id, attended, marked_at)
                            select p.id, :s, :a, :now from event_places p
                            where p.id = :id and p.event_id = :e and p.status = :confirmed
                            on conflict (place_id, session_id) do update set attended = excluded.attended,
                                marked_at = excluded.marked_at where event_attendance.attended <> excluded.attended
                            """)
                    .param("confirmed", PlaceStatus.CONFIRMED.name())
                    .param("s", sessionId)
                    .param("a", given == Attendance.ATTENDED)
                    .param("now", Timestamp.from(now))
                    .param("id", mark.getKey())
                    .param("e", eventId)
                    .update();
            if (rows > 0) {
                marked.add(mark.getKey());
            }
        }
        if (!over(event, now)) {
            return new Outcome(0, 0);
        }
        // Places marked at earlier sessions and not settled yet settle now too.
        jdbc
                .sql("""
                        select distinct p.id from event_places p join event_attendance a on a.place_id = p.id
                        where p.event_id = :e and p.status = :confirmed and p.attendance is null
                        """)
                .param("confirmed", PlaceStatus.CONFIRMED.name())
                .param("e", eventId)
                .query(Long.class)
                .list()
                .stream()
                .filter(id -> !marked.contains(id))
                .forEach(marked::add);
        int sent = 0;
        int corrected = 0;
        for (long placeId : marked) {
            Settled settled = settle(event, placeId);
            sent += settled == Settled.CERTIFICATE ? 1 : 0;
            corrected += settled == Settled.CORRECTED ? 1 : 0;
        }
        return new Outcome(sent, corrected);
    }

    /** Settles the places of events whose last session ended since their registers were taken. */
    @Scheduled(fixedDelayString = "${headsup.events.reminder-interval:15m}", initialDelayString = "45s")
    void run() {
        settleEnded();
    }

    /** Settles every place with marks at an event that is over and that is not settled yet; returns how many. */
    public int settleEnded() {
        List<long[]> due = jdbc.sql("""
                        select distinct p.event_id, p.id from event_places p
                        join event_attendance a on a.place_id = p.id join events e on e.id = p.event_id
                        where p.status = :confirmed and p.attendance is null and e.ends_at <= :now
                        order by p.event_id, p.id limit 500
                        """)
                .param("confirmed", PlaceStatus.CONFIRMED.name())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        int settled = 0;
        for (long[] d : due) {
            Settled s = transactions.execute(
                    status -> events.find(d[0]).map(e -> settle(e, d[1])).orElse(Settled.NOTHING));
            settled += s == Settled.NOTHING ? 0 : 1;
        }
        return settled;
    }

    private boolean over(Event event, Instant now) {
        Instant last = event.sessions().stream()
                .map(Event.Session::endsAt)
                .max(Instant::compareTo)
                .orElse(event.endsAt());
        return !now.isBefore(last);
    }

    private enum Settled {
        NOTHING,
        SETTLED,
        CERTIFICATE,
        CORRECTED
    }

    /** Settles one place from its marks (in the caller's transaction, holding the place's row). */
    private Settled settle(Event event, long placeId) {
        jdbc.sql("select id from event_places where id = :id for update")
                .param("id", placeId)
                .query(Long.class)
                .optional();
        Place place = bookings.place(placeId).orElseThrow();
        Map<Long, Boolean> marks = new HashMap<>();
        jdbc.sql("select session_id, attended from event_attendance where place_id = :p")
                .param("p", placeId)
                .query(rs -> {
                    marks.put(rs.getLong(1), rs.getBoolean(2));
                });
        if (marks.isEmpty() || place.status() != PlaceStatus.CONFIRMED) {
            return Settled.NOTHING;
        }
        long minutes = event.sessions().stream()
                .filter(s -> Boolean.TRUE.equals(marks.get(s.id())))
                .mapToLong(s -> Duration.between(s.startsAt(), s.endsAt()).toMinutes())
                .sum();
        double hours = Math.round(minutes / 15.0) / 4.0;
        Attendance outcome = minutes > 0 ? Attendance.ATTENDED : Attendance.NO_SHOW;
        Attendance before = place.attendance();
        boolean certificate = event.isTraining() && minutes > 0;
        Double hadHours = place.certificateSentAt() == null ? null : place.certificateHours();
        boolean certificateChanged =
                certificate ? hadHours == null || hadHours != hours : place.certificateSentAt() != null;
        if (outcome == before && !certificateChanged) {
            return Settled.NOTHING;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update event_places set attendance = :a, certificate_hours = :h,
                            certificate_sent_at = :sent, evaluation_token = coalesce(evaluation_token, :t),
                            evaluation_sent_at = coalesce(evaluation_sent_at, :evaluation)
                        where id = :id
                        """)
                .param("a", outcome.name())
                .param("h", certificate ? hours : null)
                .param("sent", certificate ? Timestamp.from(now) : null)
                .param("t", certificate ? token() : null)
                .param("evaluation", certificate ? Timestamp.from(now) : null)
                .param("id", placeId)
                .update();
        Place settled = bookings.place(placeId).orElseThrow();
        if (before == null) {
            if (certificate) {
                sendCertificate(event, settled, hours);
                return Settled.CERTIFICATE;
            }
            return Settled.SETTLED;
        }
        tellOfCorrection(event, settled, before, hadHours, certificate, hours);
        return Settled.CORRECTED;
    }

    private void sendCertificate(Event event, Place place, double hours) {
        mailer.send(new Notice(
                        "certificate",
                        place.attendeeEmail(),
                        place.attendeeName(),
                        "Your certificate of attendance: " + event.title())
                .say("Thank you for attending " + event.title() + ". Your certificate of attendance is attached ("
                        + hoursText(hours) + " of training). You can also download it from your bookings.")
                .say("Please tell us what you thought of the course: it takes two minutes and helps us improve it.")
                .event(event)
                .link(
                        "Tell us what you thought of the course",
                        site.link("/events/evaluations/" + place.evaluationToken()))
                .attach(new Attachment("certificate.pdf", "application/pdf", certificates.pdf(event, place)))
                .email());
    }

    private void tellOfCorrection(
            Event event, Place place, Attendance before, Double hadHours, boolean certificate, double hours) {
        Notice notice = new Notice(
                        "register-corrected",
                        place.attendeeEmail(),
                        place.attendeeName(),
                        "Your attendance at " + event.title() + " is corrected")
                .event(event);
        boolean attended = place.attended();
        if (before != place.attendance()) {
            notice.say(
                    attended
                            ? "We have corrected the register: you are now recorded as having attended " + event.title()
                                    + ", not as absent."
                            : "We have corrected the register: you are now recorded as not having attended "
                                    + event.title() + ".");
            if (!event.free()) {
                notice.say(
                        attended
                                ? "Your place is charged to " + place.organisationName()
                                        + " as a place attended, no longer as a non-attendance."
                                : "Your place is charged to " + place.organisationName() + " as a non-attendance.");
            }
        } else {
            notice.say("We have corrected the register of " + event.title() + ": you attended " + hoursText(hours)
                    + " of training, not " + hoursText(hadHours) + ".");
        }
        if (certificate) {
            notice.say(
                            "Your corrected certificate of attendance (" + hoursText(hours)
                                    + " of training) is attached and replaces the one we sent before. You can also download it from your bookings.")
                    .attach(new Attachment("certificate.pdf", "application/pdf", certificates.pdf(event, place)));
            if (place.evaluationToken() != null && !place.evaluated()) {
                notice.link(
                        "Tell us what you thought of the course",
                        site.link("/events/evaluations/" + place.evaluationToken()));
            }
        } else if (hadHours != null) {
            notice.say("The certificate of attendance we sent you before is withdrawn: please delete it.");
        }
        mailer.send(notice.email());
    }

    static String hoursText(Double hours) {
        if (hours == null) {
            return "no hours";
        }
        String n = hours == Math.rint(hours) ? String.valueOf(hours.longValue()) : String.valueOf(hours);
        return n + (hours == 1 ? " hour" : " hours");
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
