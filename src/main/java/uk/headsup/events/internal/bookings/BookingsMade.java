package uk.headsup.events.internal.bookings;

import java.util.List;

/**
 * Bookings were made, for one event, in one transaction: their attendees hear whether they have a place or wait,
 * and whoever booked for others gets a summary. One event for a batch, so the event publication registry records,
 * and its listener completes, one publication per batch rather than one per booking.
 */
public record BookingsMade(List<Long> bookingIds) {}
