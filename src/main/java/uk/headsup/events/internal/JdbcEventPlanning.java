package uk.headsup.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.events.EventAttendee;
import uk.headsup.events.EventCard;
import uk.headsup.events.EventCards;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.NewEvent;
import uk.headsup.events.NewSeries;
import uk.headsup.events.internal.bookings.Attendance;
import uk.headsup.events.internal.bookings.AttendeeVisibility;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.bookings.BookingRefused;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.events.internal.evaluations.Evaluations;
import uk.headsup.events.internal.planning.AudienceJson;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.UkTime;

/**
 * The module's public API for adding events and calendars of meetings, and for the home page's event cards: it
 * reaches into planning, bookings and evaluations, so it sits above them all.
 */
@Service
class JdbcEventPlanning implements EventPlanning, EventCards {

    private final Events events;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final BookingDesk desk;
    private final AttendeeVisibility visibility;
    private final Bookings bookings;
    private final Evaluations evaluated;

    JdbcEventPlanning(
            Events events,
            JdbcClient jdbc,
            Clock clock,
            BookingDesk desk,
            AttendeeVisibility visibility,
            Bookings bookings,
            Evaluations evaluated) {
        this.evaluated = evaluated;
        this.desk = desk;
        this.visibility = visibility;
        this.bookings = bookings;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean hasEvents() {
        return events.any();
    }

    @Override
    @Transactional
    public long add(NewEvent event, String createdBy) {
        return events.add(event, createdBy);
    }

    @Override
    @Transactional
    public long addSeries(NewSeries series) {
        return jdbc.sql("""
                        insert into event_series (title, description, academic_year, audience, audience_label)
                        values (:t, :d, :y, cast(:a as jsonb), :l) returning id
                        """)
                .param("t", series.title())
                .param("d", series.description() == null ? "" : series.description())
                .param("y", series.academicYear())
                .param("a", AudienceJson.write(series.audience()))
                .param("l", series.audienceLabel())
                .query(Long.class)
                .single();
    }

    @Override
    @Transactional
    public int bookOnBehalf(
            long eventId, long organisationId, List<Long> personIds, String officerEmail, String officerName) {
        return (int) bookedBefore(eventId, organisationId, personIds, officerEmail, officerName, null)
                .confirmed();
    }

    /**
     * Places booked before, by an events officer for people of one organisation, as at {@code at} (null: now):
     * marked as told in the same transaction, so the booking emails send nothing.
     */
    private BookingDesk.Booked bookedBefore(
            long eventId,
            long organisationId,
            List<Long> personIds,
            String officerEmail,
            String officerName,
            Instant at) {
        BookingDesk.Booker booker = new BookingDesk.Booker(officerEmail, officerName, true);
        BookingDesk.Request request = new BookingDesk.Request(
                eventId,
                organisationId,
                personIds.stream()
                        .map(id -> new BookingDesk.Attendee(id, "", ""))
                        .toList(),
                "");
        try {
            BookingDesk.Booked booked = at == null ? desk.book(booker, request) : desk.bookAsAt(booker, request, at);
            bookings.markNotified(List.of(booked.bookingId()));
            return booked;
        } catch (BookingRefused refused) {
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    @Override
    @Transactional
    public int recordHeld(
            long eventId,
            long organisationId,
            List<Long> personIds,
            List<List<Integer>> evaluations,
            String officerEmail,
            String officerName) {
        Event event = events.find(eventId).orElseThrow(() -> new IllegalArgumentException("There is no such event"));
        if (!event.ended(clock.instant())) {
            throw new IllegalArgumentException(event.title() + " has not taken place yet");
        }
        // Booked an hour before booking closed (or as it opened, were it open for less).
        Instant bookedAt = event.bookingClosesAt().minus(Duration.ofHours(1));
        if (event.bookingOpensAt() != null && bookedAt.isBefore(event.bookingOpensAt())) {
            bookedAt = event.bookingOpensAt();
        }
        BookingDesk.Booked booked =
                bookedBefore(eventId, organisationId, personIds, officerEmail, officerName, bookedAt);
        List<Place> attended = booked.places().stream()
                .filter(p -> p.status() == PlaceStatus.CONFIRMED)
                .toList();
        for (Place place : attended) {
            jdbc.sql("""
                            insert into event_attendance (place_id, session_id, attended, marked_at)
                            select :p, s.id, true, s.starts_at from event_sessions s where s.event_id = :e
                            """).param("p", place.id()).param("e", eventId).update();
            jdbc.sql("update event_places set attendance = :attended where id = :p")
                    .param("attended", Attendance.ATTENDED.name())
                    .param("p", place.id())
                    .update();
        }
        for (int i = 0; i < Math.min(evaluations.size(), attended.size()); i++) {
            evaluated.submit(attended.get(i), evaluations.get(i), "");
        }
        return attended.size();
    }

    @Override
    @Transactional
    public void keepAttendeesConfidential(long eventId) {
        visibility.keepConfidential(eventId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventAttendee> confidentialAttendees(long eventId) {
        if (!visibility.confidential(eventId)) {
            return List.of();
        }
        return bookings.ofEvent(eventId).stream()
                .filter(p -> p.status().live())
                .map(p -> new EventAttendee(
                        p.attendeeName(),
                        p.attendeeEmail(),
                        p.organisationName(),
                        p.status().label(),
                        p.confirmedAt()))
                .toList();
    }

    @Override
    public Optional<EventCard> card(long eventId) {
        Instant now = clock.instant();
        return events.find(eventId).filter(e -> !e.draft()).map(e -> card(e, now));
    }

    @Override
    public List<EventCard> bookableSoon() {
        Instant now = clock.instant();
        return events.between(now, now.plus(Duration.ofDays(400))).stream()
                .filter(e -> e.bookable() && now.isBefore(e.bookingClosesAt()))
                .map(e -> card(e, now))
                .toList();
    }

    private static EventCard card(Event e, Instant now) {
        return new EventCard(
                e.id(),
                e.title(),
                e.type().label(),
                e.when(),
                e.where(),
                e.waiting() > 0 ? 0 : e.placesLeft(),
                e.waiting(),
                e.price(),
                UkTime.uk(e.bookingClosesAt()),
                "Book by " + UkTime.deadline(e.bookingClosesAt()),
                e.path(),
                e.path() + "/book",
                e.bookable(),
                e.bookingOpen(now));
    }
}
