package uk.headsup.directory.internal.contacts.web;

import jakarta.validation.constraints.NotBlank;
import uk.headsup.directory.internal.people.ContactDetails;

/**
 * A new team of the authority, as typed; {@link TeamFormValidator} checks it. Text is stripped as it is bound; a field
 * missing from the request is blank.
 */
record TeamForm(@NotBlank(message = "Enter the team’s name") String name, String email) {

    TeamForm {
        name = name == null ? "" : name.strip();
        email = ContactDetails.email(email);
    }
}
