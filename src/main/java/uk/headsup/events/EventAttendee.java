package uk.headsup.events;

import java.time.Instant;

/**
 * Someone holding or waiting for a place at an event, as the one who keeps a confidential event's list sees them.
 *
 * @param status "Confirmed", "Waiting", "Offered"
 * @param confirmedAt when the place was confirmed, or null while it is not
 */
public record EventAttendee(String name, String email, String organisation, String status, Instant confirmedAt) {}
