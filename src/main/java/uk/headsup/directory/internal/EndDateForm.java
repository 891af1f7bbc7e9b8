package uk.headsup.directory.internal;

import java.time.LocalDate;
import uk.headsup.platform.DateInput;

/**
 * The last day of a role, a post or a cover arrangement, as typed; {@link EndDateFormValidator} checks it. A date
 * missing from the request is blank.
 */
public record EndDateForm(DateInput endsOn) {

    public EndDateForm {
        endsOn = endsOn == null ? new DateInput() : endsOn;
    }

    /** The form as first shown, with {@code day} filled in. */
    public static EndDateForm of(LocalDate day) {
        return new EndDateForm(DateInput.of(day));
    }
}
