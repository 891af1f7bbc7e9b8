package uk.headsup.events.internal.bookings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.planning.Notice;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;
import uk.headsup.platform.UkTime;

/**
 * Tells attendees what happened to their place, after the change commits: confirmations carry an {@code .ics}
 * (iCalendar REQUEST), cancellations one that removes the entry (CANCEL). Sent through the mailing outbox.
 */
@Component
class BookingEmails {

    static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=";

    private final Bookings bookings;
    private final Events events;
    private final PlaceCalendarFiles calendars;
    private final Mailer mailer;
    private final Site site;

    BookingEmails(Bookings bookings, Events events, PlaceCalendarFiles calendars, Mailer mailer, Site site) {
        this.bookings = bookings;
        this.events = events;
        this.calendars = calendars;
        this.mailer = mailer;
        this.site = site;
    }

    @ApplicationModuleListener
    void on(PlaceChanged changed) {
        Place place = bookings.place(changed.placeId()).orElseThrow();
        Event event = events.find(place.eventId()).orElseThrow();
        switch (changed.change()) {
            case PROMOTED -> confirmation(event, place, "A place is free and it is yours: " + event.title());
            case OFFER_ACCEPTED -> confirmation(event, place, "Your place is confirmed: " + event.title());
            case OFFERED -> {
                if (place.status() == PlaceStatus.OFFERED) {
                    mailer.send(notice("place-offered", place, "A place is free for you: " + event.title())
                            .say("A place has become free and we are holding it for you until "
                                    + UkTime.deadline(place.offerExpiresAt()) + ".")
                            .say("Accept it or let it go to the next person on the waiting list.")
                            .event(event)
                            .link("Accept or decline the place", site.link("/events/places/" + place.id() + "/offer"))
                            .email());
                }
            }
            case OFFER_EXPIRED ->
                mailer.send(notice("offer-expired", place, "The place we held for you has gone: " + event.title())
                        .say("We held a place for you until " + event.offerHoldHours()
                                + " hours after we offered it. It has now been offered to the next person waiting.")
                        .say("If you still want to come, book again: you will join the end of the waiting list.")
                        .event(event)
                        .link("See the event", site.link(event.path()))
                        .email());
            case CANCELLED -> {
                Notice notice = notice("place-cancelled", place, "Your place is cancelled: " + event.title())
                        .say(
                                place.lateCancellation() && !event.free()
                                        ? "This place was cancelled after the cancellation deadline, so it will still be charged"
                                                + " unless the authority waives the charge."
                                        : "Your place is cancelled. There is no charge.")
                        .event(event);
                if (place.confirmedAt() != null) {
                    // It was in their calendar: the attachment takes it out.
                    notice.say("The calendar entry attached removes it from your calendar.")
                            .attach(new Attachment(
                                    "cancelled.ics",
                                    ICS_TYPE + "CANCEL",
                                    calendars.placeCancellation(event, place, place.uid())));
                }
                mailer.send(notice.email());
            }
            case SUBSTITUTED -> {
                mailer.send(new Notice(
                                "place-substituted",
                                changed.previousEmail(),
                                changed.previousName(),
                                "Your place has been given to " + place.attendeeName() + ": " + event.title())
                        .say(place.bookedByName() + " gave your place to " + place.attendeeName() + ".")
                        .say("The calendar entry attached removes it from your calendar.")
                        .event(event)
                        .attach(new Attachment(
                                "cancelled.ics",
                                ICS_TYPE + "CANCEL",
                                calendars.placeCancellation(event, place, changed.previousUid())))
                        .email());
                if (place.status() == PlaceStatus.CONFIRMED) {
                    confirmation(event, place, "You have a place: " + event.title());
                }
            }
        }
    }

    /**
     * Each attendee hears whether they have a place or wait; whoever booked for others gets a summary. A booking
     * is marked notified in the same transaction as its emails are queued, so a publication delivered again (after
     * a crash between this commit and the registry's completion, or on another node) sends nothing twice.
     */
    @ApplicationModuleListener
    void on(BookingsMade made) {
        List<Long> unsent = bookings.markNotified(made.bookingIds());
        if (unsent.isEmpty()) {
            return;
        }
        List<Place> all = bookings.ofBookings(unsent);
        Map<Long, Integer> positions = bookings.positionsInQueue(
                all.stream().filter(p -> p.status() == PlaceStatus.WAITING).toList());
        Map<Long, Event> eventsById = new HashMap<>();
        Map<Long, List<Place>> byBooking = new LinkedHashMap<>();
        all.forEach(p ->
                byBooking.computeIfAbsent(p.bookingId(), b -> new ArrayList<>()).add(p));
        byBooking.values().forEach(places -> {
            Place first = places.get(0);
            Event event = eventsById.computeIfAbsent(
                    first.eventId(), id -> events.find(id).orElseThrow());
            made(event, places, positions);
        });
    }

    private void made(Event event, List<Place> places, Map<Long, Integer> positions) {
        Place first = places.get(0);
        for (Place place : places) {
            if (place.status() == PlaceStatus.CONFIRMED) {
                confirmation(event, place, "Your place is confirmed: " + event.title());
            } else if (place.status() == PlaceStatus.WAITING) {
                waiting(event, place, positions.get(place.id()));
            }
        }
        if (places.size() == 1 && first.isFor(first.bookedByEmail())) {
            return;
        }
        Notice notice = new Notice(
                        "booking-made",
                        first.bookedByEmail(),
                        first.bookedByName(),
                        "Your booking for " + event.title())
                .say("You booked " + places.size() + (places.size() == 1 ? " place" : " places") + " for "
                        + first.organisationName() + ". Each attendee has their own email.");
        for (Place p : places) {
            notice.detail(p.attendeeName(), p.status().label());
        }
        if (!first.purchaseOrder().isBlank()) {
            notice.detail("Purchase order", first.purchaseOrder());
        }
        mailer.send(notice.event(event)
                .link("See your bookings", site.link("/events/bookings"))
                .email());
    }

    private void waiting(Event event, Place place, int position) {
        mailer.send(notice("waiting-list", place, "You are on the waiting list: " + event.title())
                .say("The event is full, so " + (booked(place) ? place.bookedByName() + " put you" : "you are")
                        + " on the waiting list. You are number " + position + ".")
                .say(
                        event.autoConfirm()
                                ? "If a place becomes free it will be yours straight away, and we will email you."
                                : "If a place becomes free we will email you and hold it for you for "
                                        + event.offerHoldHours() + " hours.")
                .event(event)
                .link("See your bookings", site.link("/events/bookings"))
                .email());
    }

    private void confirmation(Event event, Place place, String subject) {
        Notice notice = notice("place-confirmed", place, subject)
                .say(booked(place) ? place.bookedByName() + " booked a place for you." : "Your place is booked.")
                .say("Add it to your calendar with the attachment. Cancel by "
                        + UkTime.deadline(event.cancellationDeadline())
                        + (event.free() ? "." : " to avoid being charged."))
                .event(event)
                .detail("Price", event.price())
                .detail("Contact", event.contactName() + ", " + event.contactEmail())
                .link("See or cancel your booking", site.link("/events/bookings"))
                .attach(new Attachment("booking.ics", ICS_TYPE + "REQUEST", calendars.placeInvitation(event, place)));
        mailer.send(notice.email());
    }

    private static boolean booked(Place place) {
        return !place.bookedBy(place.attendeeEmail());
    }

    private static Notice notice(String kind, Place place, String subject) {
        return new Notice(kind, place.attendeeEmail(), place.attendeeName(), subject);
    }
}
