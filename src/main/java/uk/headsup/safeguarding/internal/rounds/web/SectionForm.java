package uk.headsup.safeguarding.internal.rounds.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A section as the officer types it in the framework editor, added or renamed; text is stripped as it is bound. The
 * names are the section's own, as the page that adds one also adds standards, which have a number too.
 */
record SectionForm(
        @NotBlank(message = "Enter the section’s number, such as 13")
        String sectionNumber,

        @NotBlank(message = "Enter the section’s title, such as Online safety")
        String sectionTitle) {

    SectionForm {
        sectionNumber = sectionNumber == null ? "" : sectionNumber.strip();
        sectionTitle = sectionTitle == null ? "" : sectionTitle.strip();
    }
}
