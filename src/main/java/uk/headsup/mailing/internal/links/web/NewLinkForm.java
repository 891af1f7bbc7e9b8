package uk.headsup.mailing.internal.links.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The address to send a fresh preference link to, as typed; {@link NewLinkFormValidator} checks it. It is stripped as
 * it is bound; missing from the request, it is blank.
 */
record NewLinkForm(
        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address in the correct format, like name@school.org.uk")
        String email) {

    NewLinkForm {
        email = email == null ? "" : email.strip();
    }

    static NewLinkForm blank() {
        return new NewLinkForm("");
    }
}
