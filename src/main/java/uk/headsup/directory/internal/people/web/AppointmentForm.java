package uk.headsup.directory.internal.people.web;

import uk.headsup.platform.DateInput;

/**
 * A role to give someone, as typed in the order of the page: where (found by a search, then chosen), which role, and
 * from when (and, for the past, until); {@link AppointmentFormValidator} checks it. Text is stripped as it is bound; a
 * field missing from the request is blank.
 */
record AppointmentForm(
        String organisationQuery, String organisationId, String role, DateInput startsOn, DateInput endsOn) {

    AppointmentForm {
        organisationQuery = organisationQuery == null ? "" : organisationQuery.strip();
        organisationId = organisationId == null ? "" : organisationId.strip();
        role = role == null ? "" : role.strip();
        startsOn = startsOn == null ? new DateInput() : startsOn;
        endsOn = endsOn == null ? new DateInput() : endsOn;
    }
}
