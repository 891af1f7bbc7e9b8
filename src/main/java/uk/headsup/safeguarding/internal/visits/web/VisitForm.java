package uk.headsup.safeguarding.internal.visits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;

/** What the officer found on a verification visit, and when. */
public class VisitForm {

    private DateInput visitedOn = new DateInput();

    @NotBlank(message = "Enter what the visit found")
    @Size(max = 5000, message = "The findings must be 5,000 characters or fewer")
    private String findings = "";

    public DateInput getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(DateInput visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
