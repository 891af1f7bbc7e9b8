package uk.headsup.inclusion.internal.exclusions;

import java.time.LocalDate;

/**
 * A pupil as their school notified them, with the school as it was then (its directory id, URN and name).
 *
 * @param details whether the rest of the form has been given (UPN to social worker)
 */
public record Pupil(
        long id,
        long organisationId,
        String schoolUrn,
        String schoolName,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String upn,
        Integer yearGroup,
        String senStatus,
        Boolean freeSchoolMeals,
        Boolean lookedAfter,
        Boolean childInNeed,
        String socialWorker,
        LocalDate retainUntil) {

    public String name() {
        return firstName + " " + lastName;
    }

    public boolean details() {
        return yearGroup != null && senStatus != null;
    }

    public String senLabel() {
        return senStatus == null ? "Not given" : SenStatus.valueOf(senStatus).label();
    }
}
