package uk.headsup.events.internal.bookings;

/** A booking or change that the rules do not allow, with the message to show (GOV.UK error style). */
public class BookingRefused extends RuntimeException {

    public BookingRefused(String message) {
        super(message);
    }
}
