package uk.headsup.inclusion.internal.exclusions.web;

import uk.headsup.platform.DateInput;
import uk.headsup.platform.Mistyped;

/**
 * The minimum form on the day, as typed in the order of the page: the school (when the user has more than one), the
 * pupil, the type, the dates and the reason; {@link NotifyFormValidator} checks it against the exclusion rules. A
 * field missing from the request is blank.
 */
record NotifyForm(
        @Mistyped("Choose the school from the list") Long school,
        String firstName,
        String lastName,
        DateInput dateOfBirth,
        String kind,
        DateInput firstDay,
        DateInput lastDay,
        String reason) {

    NotifyForm {
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        dateOfBirth = dateOfBirth == null ? new DateInput() : dateOfBirth;
        kind = kind == null ? "" : kind;
        firstDay = firstDay == null ? new DateInput() : firstDay;
        lastDay = lastDay == null ? new DateInput() : lastDay;
        reason = reason == null ? "" : reason;
    }
}
