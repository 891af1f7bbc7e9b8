package uk.headsup.events;

import java.time.LocalDate;

/**
 * A training course someone attended, as its register settled it: for modules that show people's training (the
 * safeguarding audit's training dates).
 *
 * @param personId the directory's person, or null for someone booked by name only
 * @param attendedOn the day the course ended, UK time
 * @param certificate whether a certificate of attendance was issued
 */
public record TrainingAttended(
        long eventId,
        String title,
        LocalDate attendedOn,
        Long personId,
        String attendeeName,
        String attendeeEmail,
        boolean certificate) {}
