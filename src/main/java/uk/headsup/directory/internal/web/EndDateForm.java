package uk.headsup.directory.internal.web;

import java.time.LocalDate;
import uk.headsup.platform.DateInput;

/** The last day of a role, a post or a cover arrangement. */
public class EndDateForm {

    private DateInput endsOn = new DateInput();

    public DateInput getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateInput endsOn) {
        this.endsOn = endsOn == null ? new DateInput() : endsOn;
    }

    /**
     * Checks the date: given, real, and not before the first day. Returns it, or null after recording the problem.
     */
    public LocalDate check(org.springframework.validation.Errors errors, String missing, LocalDate firstDay) {
        if (endsOn.isBlank()) {
            errors.rejectValue("endsOn", "required", missing);
            return null;
        }
        String problem = endsOn.problem("The end date");
        if (problem != null) {
            errors.rejectValue("endsOn", "invalid", problem);
            return null;
        }
        LocalDate date = endsOn.date().orElseThrow();
        if (date.isBefore(firstDay)) {
            errors.rejectValue("endsOn", "beforeStart", "The end date must be on or after " + Dates.format(firstDay));
            return null;
        }
        return date;
    }
}
