package uk.headsup.events.internal.bookings;

/**
 * Something happened to a place that its attendee should hear about; recorded with the change (Spring Modulith's
 * event publication registry) and emailed after commit, so the booking transaction stays short and nothing is lost.
 *
 * @param previousName for a substitution, the attendee who gave the place up (else null)
 */
public record PlaceChanged(long placeId, Change change, String previousName, String previousEmail, String previousUid) {

    public enum Change {
        OFFERED,
        PROMOTED,
        OFFER_ACCEPTED,
        OFFER_EXPIRED,
        CANCELLED,
        SUBSTITUTED
    }

    static PlaceChanged of(long placeId, Change change) {
        return new PlaceChanged(placeId, change, null, null, null);
    }
}
