package uk.headsup.safeguarding.internal.rounds.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;
import uk.headsup.platform.Mistyped;

/**
 * Opening a round, as typed, in the order of the page: its title, the framework version, the two deadlines and
 * whether early years settings are invited (an unticked box sends nothing, so it is a {@code Boolean});
 * {@link RoundFormValidator} checks it. The title is stripped as it is bound; a field missing from the request is
 * blank.
 */
record RoundForm(
        @NotBlank(message = "Enter the round's title")
        @Size(max = 200, message = "The title must be 200 characters or fewer")
        String title,

        @NotNull(message = "Choose the framework version") @Mistyped("Choose a framework version from the list")
        Long versionId,

        DateInput firstDeadline,
        DateInput finalDeadline,

        @Mistyped("Tick the box to invite early years settings too, or leave it empty")
        Boolean earlyYears) {

    RoundForm {
        title = title == null ? "" : title.strip();
        firstDeadline = firstDeadline == null ? new DateInput() : firstDeadline;
        finalDeadline = finalDeadline == null ? new DateInput() : finalDeadline;
        earlyYears = Boolean.TRUE.equals(earlyYears);
    }

    /** The form as first shown: a title naming the year, and nothing chosen. */
    static RoundForm forYear(int year) {
        return new RoundForm("Safeguarding audit " + year, null, new DateInput(), new DateInput(), false);
    }
}
