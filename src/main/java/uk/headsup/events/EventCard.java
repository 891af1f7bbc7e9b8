package uk.headsup.events;

import java.time.ZonedDateTime;

/**
 * What an article needs to show an event with a "Book a place" call to action (see {@code templates/events/card.html}).
 *
 * @param when such as "Thursday 12 March 2026, 9:30am to 4pm"
 * @param where the venue's name and town, or "Online"
 * @param placesLeft places not yet taken (0 when full: booking then joins the waiting list)
 * @param bookingCloses the booking deadline, UK time
 * @param bookingClosesText such as "Book by 5pm on Friday 6 March 2026"
 * @param bookingUrl the page to book on, relative to the site (e.g. "/events/12/book")
 * @param open whether booking is open now
 */
public record EventCard(
        long eventId,
        String title,
        String typeLabel,
        String when,
        String where,
        int placesLeft,
        int waiting,
        String price,
        ZonedDateTime bookingCloses,
        String bookingClosesText,
        String eventUrl,
        String bookingUrl,
        boolean bookable,
        boolean open) {

    public boolean full() {
        return placesLeft <= 0;
    }
}
