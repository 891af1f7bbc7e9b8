package uk.headsup.safeguarding.internal.returns.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;

/**
 * An action item for a standard rated below what is expected, as typed, in the order of the page;
 * {@link ActionFormValidator} checks it. Text is stripped as it is bound; a field missing from the request is blank.
 */
record ActionForm(
        @NotBlank(message = "Choose the standard") String standard,

        @NotBlank(message = "Enter what will be done")
        @Size(max = 1000, message = "What will be done must be 1,000 characters or fewer")
        String what,

        @NotBlank(message = "Enter who will do it")
        @Size(max = 200, message = "Who will do it must be 200 characters or fewer")
        String owner,

        DateInput due) {

    ActionForm {
        standard = standard == null ? "" : standard.strip();
        what = what == null ? "" : what.strip();
        owner = owner == null ? "" : owner.strip();
        due = due == null ? new DateInput() : due;
    }

    /** The form as first shown: empty. */
    static ActionForm empty() {
        return new ActionForm("", "", "", new DateInput());
    }
}
