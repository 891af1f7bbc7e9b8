package uk.headsup.wellbeing.internal.requests;

/** A change a request's state does not allow, with what to tell the user. */
public class RequestRefused extends RuntimeException {

    public RequestRefused(String message) {
        super(message);
    }
}
