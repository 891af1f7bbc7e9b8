package uk.headsup.events.internal.bookings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.directory.AudienceMember;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.planning.Notice;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;
import uk.headsup.platform.UkTime;

/**
 * Reminders to confirmed attendees a set number of days before an event, and nudges to people in the audience
 * of an event everyone should attend who have not booked. Each place is claimed before its reminder is queued
 * ({@code update ... where reminder_sent_at is null}), so two nodes never send the same reminder.
 */
@Service
public class Reminders {

    private final JdbcClient jdbc;
    private final Events events;
    private final Bookings bookings;
    private final StaffLookup staff;
    private final Mailer mailer;
    private final Site site;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AttendeeVisibility visibility;

    Reminders(
            JdbcClient jdbc,
            Events events,
            Bookings bookings,
            StaffLookup staff,
            Mailer mailer,
            Site site,
            TransactionTemplate transactions,
            Clock clock) {
        this.visibility = new AttendeeVisibility(jdbc);
        this.jdbc = jdbc;
        this.events = events;
        this.bookings = bookings;
        this.staff = staff;
        this.mailer = mailer;
        this.site = site;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${headsup.events.reminder-interval:15m}", initialDelayString = "30s")
    void run() {
        sendDueReminders();
    }

    /** Queues the reminders that are due now; returns how many. */
    public int sendDueReminders() {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("""
                        select p.id from event_places p join events e on e.id = p.event_id
                        where p.status = :confirmed and p.reminder_sent_at is null and e.reminder_days_before is not null
                          and e.starts_at > :now and e.starts_at <= cast(:now as timestamptz) + make_interval(days => e.reminder_days_before)
                        order by p.id limit 500
                        """)
                .param("confirmed", PlaceStatus.CONFIRMED.name())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
        int sent = 0;
        for (long placeId : due) {
            Boolean done = transactions.execute(status -> remind(placeId, now));
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    private boolean remind(long placeId, Instant now) {
        int claimed = jdbc.sql(
                        "update event_places set reminder_sent_at = :now where id = :id and reminder_sent_at is null"
                                + " and status = :confirmed")
                .param("confirmed", PlaceStatus.CONFIRMED.name())
                .param("now", Timestamp.from(now))
                .param("id", placeId)
                .update();
        if (claimed == 0) {
            return false;
        }
        Place place = bookings.place(placeId).orElseThrow();
        Event event = events.find(place.eventId()).orElseThrow();
        long days = Math.max(0, Duration.between(now, event.startsAt()).toDays());
        mailer.send(new Notice(
                        "reminder",
                        place.attendeeEmail(),
                        place.attendeeName(),
                        "Reminder: " + event.title() + (days <= 1 ? " is tomorrow" : " is in " + days + " days"))
                .say("This is a reminder that you have a place.")
                .say("If you can no longer come, please cancel so that someone on the waiting list can have your place"
                        + (event.free()
                                ? "."
                                : ": places cancelled after " + UkTime.deadline(event.cancellationDeadline())
                                        + " are charged."))
                .event(event)
                .link("See or cancel your booking", site.link("/events/bookings"))
                .email());
        return true;
    }

    /**
     * The people in the audience who have neither a place nor a nudge for the event yet, one row per person; nobody
     * for an event whose attendees are confidential (who has not booked would tell who has).
     */
    public List<AudienceMember> notBooked(Event event) {
        if (visibility.confidential(event.id())) {
            return List.of();
        }
        Set<String> booked = new HashSet<>();
        bookings.ofEvent(event.id()).stream()
                .filter(p -> p.status().live())
                .forEach(p -> booked.add(p.attendeeEmail().toLowerCase()));
        Set<String> nudged = new HashSet<>(jdbc.sql("select lower(email) from event_nudges where event_id = :e")
                .param("e", event.id())
                .query(String.class)
                .list());
        Map<String, AudienceMember> people = new LinkedHashMap<>();
        for (AudienceMember m : staff.members(event.audience())) {
            String email = m.email().toLowerCase();
            if (!booked.contains(email) && !nudged.contains(email)) {
                people.putIfAbsent(email, m);
            }
        }
        return List.copyOf(people.values());
    }

    /** Nudges everyone in the audience who has not booked and was not nudged before; returns how many. */
    @Transactional
    public int nudge(long eventId) {
        Event event = events.find(eventId).orElseThrow();
        if (event.draft()) {
            return 0; // nobody hears of a draft
        }
        int sent = 0;
        for (AudienceMember m : notBooked(event)) {
            int added = jdbc.sql(
                            "insert into event_nudges (event_id, email) values (:e, lower(:m)) on conflict do nothing")
                    .param("e", eventId)
                    .param("m", m.email())
                    .update();
            if (added == 0) {
                continue;
            }
            mailer.send(new Notice("nudge", m.email(), m.name(), "Have you booked? " + event.title())
                    .say("Everyone in your role is expected at " + event.title()
                            + ", and you have not booked a place yet.")
                    .say("Book by " + UkTime.deadline(event.bookingClosesAt()) + ".")
                    .event(event)
                    .link("Book a place", site.link(event.path() + "/book"))
                    .email());
            sent++;
        }
        return sent;
    }
}
