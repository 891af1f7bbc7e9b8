package uk.headsup.directory.internal.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.directory.internal.people.Person;

/**
 * A person's details as typed into the add and change forms; {@link PersonFormValidator} checks them. Text is stripped
 * as it is bound; a field missing from the request is blank.
 */
record PersonForm(
        @NotBlank(message = "Enter their full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer")
        String fullName,

        @NotBlank(message = "Enter their work email address")
        String email,

        String phone,

        @Size(max = 200, message = "Job title must be 200 characters or fewer")
        String jobTitle) {

    PersonForm {
        fullName = fullName == null ? "" : fullName.strip();
        email = ContactDetails.email(email);
        phone = ContactDetails.phone(phone);
        jobTitle = jobTitle == null ? "" : jobTitle.strip();
    }

    static PersonForm of(Person person) {
        return new PersonForm(person.fullName(), person.email(), person.phone(), person.jobTitle());
    }
}
