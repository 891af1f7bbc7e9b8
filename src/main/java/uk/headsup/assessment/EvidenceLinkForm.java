package uk.headsup.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A web page offered as evidence, tagged to the standards it shows ("1.1, 4.2"); the form of every page of the engine. */
public class EvidenceLinkForm {

    @NotBlank(message = "Enter a title for the link")
    @Size(max = 200, message = "The title must be 200 characters or fewer")
    private String title = "";

    @NotBlank(message = "Enter the web address")
    @Size(max = 2000, message = "The web address must be 2,000 characters or fewer")
    @Pattern(regexp = "^\\s*$|^\\s*https?://\\S+\\s*$", message = "Enter a web address starting https://")
    private String url = "";

    @NotBlank(message = "Enter the standards the link shows, such as 1.1, 4.2")
    private String standards = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getStandards() {
        return standards;
    }

    public void setStandards(String standards) {
        this.standards = standards;
    }
}
