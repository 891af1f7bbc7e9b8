package uk.headsup.directory.internal.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.platform.DateInput;

/**
 * A member of staff a head adds, as typed, in the order of the page: who, their role and when they started in it;
 * {@link StaffFormValidator} checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record StaffForm(
        @NotBlank(message = "Enter their full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer")
        String fullName,

        String email,
        String role,
        DateInput startsOn) {

    StaffForm {
        fullName = fullName == null ? "" : fullName.strip();
        email = ContactDetails.email(email);
        role = role == null ? "" : role.strip();
        startsOn = startsOn == null ? new DateInput() : startsOn;
    }

    /** The same form starting on {@code today} when no start date was typed: the form as first shown. */
    StaffForm startingByDefault(LocalDate today) {
        return startsOn.isBlank() ? new StaffForm(fullName, email, role, DateInput.of(today)) : this;
    }
}
