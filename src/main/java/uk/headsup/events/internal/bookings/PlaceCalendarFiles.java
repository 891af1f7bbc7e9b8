package uk.headsup.events.internal.bookings;

import uk.headsup.events.internal.planning.Event;

/**
 * A booked place as calendar files (iCalendar): what the booking emails attach and its person downloads. The calendar
 * package writes them: its feeds list people's places, so it knows places, and bookings know calendars only through
 * this.
 */
public interface PlaceCalendarFiles {

    /** The invitation attached to a booking confirmation: Heads Up, as organiser, invites the attendee. */
    byte[] placeInvitation(Event event, Place place);

    /** A booked place as a file its person downloads and adds to their calendar: published, not an invitation. */
    byte[] placeFile(Event event, Place place);

    /** Takes the place's entries (this UID) out of its person's calendar. */
    byte[] placeCancellation(Event event, Place place, String uid);
}
