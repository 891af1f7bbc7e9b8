package uk.headsup.events.internal;

/** A booking was made: its booker hears what became of each place when they booked for others. */
public record BookingMade(long bookingId) {}
