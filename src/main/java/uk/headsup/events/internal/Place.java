package uk.headsup.events.internal;

import java.time.Instant;

/** One attendee's place at an event, with the booking it came from. */
public record Place(
        long id,
        long bookingId,
        long eventId,
        Long personId,
        String attendeeName,
        String attendeeEmail,
        Long organisationId,
        String organisationName,
        String dietary,
        String accessNeeds,
        PlaceStatus status,
        long queuePosition,
        Instant offerExpiresAt,
        String uid,
        int icsSequence,
        Instant confirmedAt,
        Instant cancelledAt,
        boolean lateCancellation,
        String chargeWaivedBy,
        String attendance,
        Instant certificateSentAt,
        String evaluationToken,
        String bookedByEmail,
        String bookedByName,
        String purchaseOrder,
        boolean evaluated,
        Double certificateHours) {

    public boolean attended() {
        return "ATTENDED".equals(attendance);
    }

    public boolean bookedBy(String email) {
        return bookedByEmail.equalsIgnoreCase(email);
    }

    public boolean isFor(String email) {
        return attendeeEmail.equalsIgnoreCase(email);
    }

    /** A late cancellation is charged unless the authority waived it. */
    public boolean charged() {
        return (status == PlaceStatus.CONFIRMED || (status == PlaceStatus.CANCELLED && lateCancellation))
                && chargeWaivedBy == null;
    }
}
