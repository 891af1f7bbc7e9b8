package uk.headsup.wellbeing.internal.requests.web;

import jakarta.validation.constraints.Size;

/**
 * A request for a brokered offer as typed, in the order of the page: a note, how to be contacted (a
 * {@link uk.headsup.wellbeing.internal.requests.ContactBy} name as sent) and a phone number;
 * {@link RequestFormValidator} checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record RequestForm(
        @Size(max = 1000, message = "The note must be 1,000 characters or fewer")
        String note,

        String contactBy,

        @Size(max = 40, message = "The phone number must be 40 characters or fewer")
        String phone) {

    RequestForm {
        note = note == null ? "" : note.strip();
        contactBy = contactBy == null ? "" : contactBy.strip();
        phone = phone == null ? "" : phone.strip();
    }

    static RequestForm empty() {
        return new RequestForm(null, null, null);
    }
}
