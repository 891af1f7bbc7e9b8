package uk.headsup.wellbeing.internal.requests;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Answered as 404 Not Found: to anyone who may not see the request, whether it exists or not, so that nobody can
 * tell the one from the other.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchRequest extends RuntimeException {

    public NoSuchRequest() {
        super("No such request", null, false, false);
    }
}
