package uk.headsup.directory.internal.contacts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.directory.internal.contacts.Posts;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.platform.DateInput;

/**
 * Someone to hold or cover a post, and when, as typed in the order of the page; {@link AssignmentFormValidator}
 * checks it. The person is found by their work email; someone new is added to the directory with the name and phone
 * given. Cover also says what kind it is, may name an officer from the directory instead of typing their details, and
 * may carry a note. Text is stripped as it is bound; a field missing from the request is blank.
 *
 * @param officer the officer chosen from the directory (a person's id), or blank for someone whose details are typed
 */
record AssignmentForm(
        String kind,
        String officer,

        @NotBlank(message = "Enter their work email address")
        String email,

        @NotBlank(message = "Enter their full name") String fullName,
        String phone,
        DateInput startsOn,
        DateInput endsOn,

        @Size(max = 300, message = "Note must be 300 characters or fewer")
        String note) {

    AssignmentForm {
        kind = kind == null ? "" : kind.strip();
        officer = officer == null ? "" : officer.strip();
        email = ContactDetails.email(email);
        fullName = fullName == null ? "" : fullName.strip();
        phone = ContactDetails.phone(phone);
        startsOn = startsOn == null ? new DateInput() : startsOn;
        endsOn = endsOn == null ? new DateInput() : endsOn;
        note = note == null ? "" : note.strip();
    }

    /** The form with the chosen officer's details as if typed, so that they are checked and saved as any others. */
    AssignmentForm choosing(Posts.Colleague chosen) {
        return new AssignmentForm(
                kind,
                officer,
                chosen.email(),
                chosen.name(),
                chosen.phone() == null ? "" : chosen.phone(),
                startsOn,
                endsOn,
                note);
    }
}
