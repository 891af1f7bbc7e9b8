package uk.headsup.events.internal.bookings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.events.internal.planning.BookedPlaces;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.planning.Notice;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;

/**
 * Cancelling, moving or resizing a whole event, for the places booked on it ({@link BookedPlaces}). Cancelling: every place, confirmed, offered or waiting, ends at once (nobody moves up the waiting
 * list), nothing is charged, and each person is emailed the officer's message, with a calendar cancellation where
 * the event was in their calendar. The event stays, marked cancelled, no longer bookable.
 */
@Service
public class EventCancellations implements BookedPlaces {

    private final JdbcClient jdbc;
    private final Events events;
    private final Places places;
    private final Bookings bookings;
    private final PlaceCalendarFiles calendars;
    private final BookingDesk desk;
    private final Mailer mailer;
    private final Site site;
    private final Clock clock;

    EventCancellations(
            JdbcClient jdbc,
            Events events,
            Places places,
            Bookings bookings,
            PlaceCalendarFiles calendars,
            BookingDesk desk,
            Mailer mailer,
            Site site,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.places = places;
        this.bookings = bookings;
        this.calendars = calendars;
        this.desk = desk;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** When and why an event was cancelled. */
    public record Cancellation(Instant at, String by, String message) {}

    public Optional<Cancellation> of(long eventId) {
        return jdbc.sql("select cancelled_at, cancelled_by, cancellation_message from events where id = :id"
                        + " and cancelled_at is not null")
                .param("id", eventId)
                .query((rs, n) -> new Cancellation(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Tells everyone booked or waiting that the event has moved (postponed, or its place changed), with the
     * officer's message when there is one; a confirmed place's calendar entry is updated (same UID, next sequence).
     * Call after the change is saved. Returns how many people were told.
     */
    @Override
    @Transactional
    public int tellOfMove(Event before, String message) {
        Event event = events.find(before.id()).orElseThrow();
        boolean moved = !event.sessions().stream()
                        .map(x -> x.startsAt() + "/" + x.endsAt())
                        .toList()
                        .equals(before.sessions().stream()
                                .map(x -> x.startsAt() + "/" + x.endsAt())
                                .toList())
                || !event.where().equals(before.where())
                || !event.venueAddress().equals(before.venueAddress());
        if (!moved) {
            return 0;
        }
        List<Place> live = bookings.ofEvent(event.id()).stream()
                .filter(p -> p.status().live())
                .toList();
        for (Place place : live) {
            Notice notice = new Notice(
                            "event-moved", place.attendeeEmail(), place.attendeeName(), "Changed: " + event.title())
                    .say(event.title() + " has changed. It was " + before.when() + " at " + before.where()
                            + "; it is now " + event.when() + " at " + event.where() + ".")
                    .event(event)
                    .link("See the event", site.link(event.path()));
            if (message != null && !message.isBlank()) {
                notice.say(message.strip());
            }
            notice.say(
                    place.status() == PlaceStatus.CONFIRMED
                            ? "Your place stands. The calendar entry attached updates your calendar. If you can no longer"
                                    + " come, cancel your place from your bookings."
                            : "You keep your place in the queue.");
            if (place.status() == PlaceStatus.CONFIRMED) {
                notice.attach(new Attachment(
                        "booking.ics",
                        "text/calendar; charset=UTF-8; method=REQUEST",
                        calendars.placeInvitation(event, place)));
            }
            mailer.send(notice.email());
        }
        return live.size();
    }

    /**
     * The booking desk changes it, under the event's lock. Not a transaction of its own: the desk's rolls back on a
     * refusal, and this reports the reason.
     */
    @Override
    public Optional<String> changeCapacity(long eventId, int capacity) {
        try {
            desk.changeCapacity(eventId, capacity);
            return Optional.empty();
        } catch (BookingRefused refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Cancels the event; returns how many people were told. */
    @Transactional
    public int cancel(long eventId, String message, String by) {
        Event event = events.find(eventId).orElseThrow(() -> new BookingRefused("There is no such event"));
        places.lock(eventId);
        if (of(eventId).isPresent()) {
            throw new BookingRefused(event.title() + " is already cancelled");
        }
        Instant now = clock.instant();
        List<Long> ended = jdbc.sql("""
                        update event_places set status = :cancelled, offer_expires_at = null, cancelled_at = :now,
                            cancelled_by = :by, late_cancellation = false, charge_waived_by = :by
                        where event_id = :e and status in (:cancellable)
                        returning id
                        """)
                .param("cancelled", PlaceStatus.CANCELLED.name())
                .param("cancellable", PlaceStatus.namesWhere(PlaceStatus::canCancel))
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("e", eventId)
                .query(Long.class)
                .list();
        jdbc.sql("""
                        update events set places_taken = 0, waiting = 0, bookable = false, cancelled_at = :now,
                            cancelled_by = :by, cancellation_message = :m
                        where id = :e
                        """)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("m", message.strip())
                .param("e", eventId)
                .update();
        for (long placeId : ended) {
            Place place = bookings.place(placeId).orElseThrow();
            Notice notice = new Notice(
                            "event-cancelled",
                            place.attendeeEmail(),
                            place.attendeeName(),
                            "Cancelled: " + event.title())
                    .say(event.title() + " is cancelled. Your "
                            + (place.confirmedAt() == null ? "place on the waiting list" : "place")
                            + " has ended and nothing is charged.")
                    .say(message.strip())
                    .event(event)
                    .link("Find other events and training", site.link("/events"));
            if (place.confirmedAt() != null) {
                notice.say("The calendar entry attached removes it from your calendar.")
                        .attach(new Attachment(
                                "cancelled.ics",
                                "text/calendar; charset=UTF-8; method=CANCEL",
                                calendars.placeCancellation(event, place, place.uid())));
            }
            mailer.send(notice.email());
        }
        return ended.size();
    }
}
