package uk.headsup.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A web page offered as evidence, tagged to the standards it shows ("1.1, 4.2"), as typed, in the order of the page;
 * the form of every page of the engine, checked by {@link EvidenceLinkFormValidator}. Text is stripped as it is
 * bound; a field missing from the request is blank.
 */
public record EvidenceLinkForm(
        @NotBlank(message = "Enter a title for the link")
        @Size(max = 200, message = "The title must be 200 characters or fewer")
        String title,

        @NotBlank(message = "Enter the web address")
        @Size(max = 2000, message = "The web address must be 2,000 characters or fewer")
        @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter a web address starting https://")
        String url,

        @NotBlank(message = "Enter the standards the link shows, such as 1.1, 4.2")
        String standards) {

    public EvidenceLinkForm {
        title = title == null ? "" : title.strip();
        url = url == null ? "" : url.strip();
        standards = standards == null ? "" : standards.strip();
    }

    /** The form as first shown: empty. */
    public static EvidenceLinkForm empty() {
        return new EvidenceLinkForm("", "", "");
    }
}
