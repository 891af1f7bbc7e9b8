package uk.headsup.directory.internal.people;

import java.time.LocalDate;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;

/** A role someone holds, or held, at a school or setting, with its dates; an ended one stays as history. */
public record Appointment(
        long id,
        long personId,
        long organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        String urn,
        OrganisationRole role,
        LocalDate startsOn,
        LocalDate endsOn) {

    public boolean currentOn(LocalDate date) {
        return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
    }

    public boolean endedBy(LocalDate date) {
        return endsOn != null && endsOn.isBefore(date);
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return (endsOn == null || !endsOn.isBefore(from)) && (until == null || !startsOn.isAfter(until));
    }
}
