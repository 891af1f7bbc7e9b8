package uk.headsup.events.internal.bookings;

import java.time.Instant;

/**
 * One attendee's place at an event, with the booking it came from. A change of its state is a method that checks the
 * place may make it and returns the place as it then is; {@link Places} writes it.
 */
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
        Attendance attendance,
        Instant certificateSentAt,
        String evaluationToken,
        String bookedByEmail,
        String bookedByName,
        String purchaseOrder,
        boolean evaluated,
        Double certificateHours) {

    public boolean attended() {
        return attendance == Attendance.ATTENDED;
    }

    /** The register recorded that the attendee did not come. */
    public boolean noShow() {
        return attendance == Attendance.NO_SHOW;
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

    /** The attendee accepts the place offered to them while the offer lasts: it is confirmed. */
    public Place acceptOffer(Instant now) {
        if (status != PlaceStatus.OFFERED || offerExpiresAt == null || !offerExpiresAt.isAfter(now)) {
            throw new BookingRefused("This offer has ended: the place has been offered to the next person waiting");
        }
        return with(PlaceStatus.CONFIRMED, null, now, cancelledAt, lateCancellation);
    }

    /** The attendee turns down the place offered to them: it goes to the next person waiting. */
    public Place declineOffer(Instant now) {
        if (status != PlaceStatus.OFFERED) {
            throw new BookingRefused("This offer has ended");
        }
        return with(PlaceStatus.DECLINED, null, confirmedAt, now, false);
    }

    /**
     * The place is cancelled. A confirmed place cancelled on or after the event's cancellation deadline is a late
     * cancellation, charged unless the authority waives it.
     */
    public Place cancel(Instant cancellationDeadline, Instant now) {
        if (!status.canCancel()) {
            throw new BookingRefused("This place is already " + status.label().toLowerCase());
        }
        boolean late = status == PlaceStatus.CONFIRMED && !now.isBefore(cancellationDeadline);
        return with(PlaceStatus.CANCELLED, null, confirmedAt, now, late);
    }

    private Place with(
            PlaceStatus status, Instant offerExpiresAt, Instant confirmedAt, Instant cancelledAt, boolean late) {
        return new Place(
                id,
                bookingId,
                eventId,
                personId,
                attendeeName,
                attendeeEmail,
                organisationId,
                organisationName,
                dietary,
                accessNeeds,
                status,
                queuePosition,
                offerExpiresAt,
                uid,
                icsSequence,
                confirmedAt,
                cancelledAt,
                late,
                chargeWaivedBy,
                attendance,
                certificateSentAt,
                evaluationToken,
                bookedByEmail,
                bookedByName,
                purchaseOrder,
                evaluated,
                certificateHours);
    }
}
