package uk.headsup.safeguarding.internal.visits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;
import uk.headsup.safeguarding.internal.visits.Visits;

/**
 * What the officer found on a verification visit, and when, as typed, in the order of the page;
 * {@link VisitFormValidator} checks it. The findings are stripped as they are bound; a field missing from the request
 * is blank.
 */
record VisitForm(
        DateInput visitedOn,

        @NotBlank(message = "Enter what the visit found")
        @Size(max = 5000, message = "The findings must be 5,000 characters or fewer")
        String findings) {

    VisitForm {
        visitedOn = visitedOn == null ? new DateInput() : visitedOn;
        findings = findings == null ? "" : findings.strip();
    }

    /** The form as first shown: what was recorded of the visit, or empty. */
    static VisitForm of(Visits.Visit visit) {
        return visit.recorded()
                ? new VisitForm(DateInput.of(visit.visitedOn()), visit.findings())
                : new VisitForm(new DateInput(), "");
    }
}
