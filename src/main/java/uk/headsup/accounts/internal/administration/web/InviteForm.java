package uk.headsup.accounts.internal.administration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A colleague to invite, as typed, in the order of the page: their name, work email and roles (the names of
 * {@link uk.headsup.accounts.AuthorityRole}s, kept as sent so that a page can show them again);
 * {@link InviteFormValidator} checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record InviteForm(
        @NotBlank(message = "Enter their full name")
        @Size(max = 200, message = "Their full name must be 200 characters or fewer")
        String name,

        @NotBlank(message = "Enter their work email address")
        @Size(max = 254, message = "Their email address must be 254 characters or fewer")
        String email,

        List<String> roles) {

    InviteForm {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The form as first shown: empty. */
    static InviteForm empty() {
        return new InviteForm("", "", List.of());
    }
}
