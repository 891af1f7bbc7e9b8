package uk.headsup.mailing.internal.mailshots.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reminder to the schools nobody at which opened an article, as typed, in the order of the page: the token that
 * makes a double submission one reminder, the subject and the message; {@link ReminderFormValidator} checks it.
 * Text is stripped as it is bound; a field missing from the request is blank.
 */
record ReminderForm(
        String token,

        @NotBlank(message = "Enter a subject") @Size(max = 200, message = "The subject must be 200 characters or fewer")
        String subject,

        @NotBlank(message = "Enter the message")
        @Size(max = 5000, message = "The message must be 5,000 characters or fewer")
        String body) {

    ReminderForm {
        token = token == null ? "" : token.strip();
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body.strip();
    }
}
