package uk.headsup.recognition.internal.awards;

import java.time.LocalDate;
import uk.headsup.directory.OrganisationKind;

/**
 * One organisation's award and where it stands. Nothing is deleted: a withdrawn or expired award stays, with who
 * withdrew it, when and why.
 *
 * @param listed whether the public register shows it (a childminder only with their consent)
 * @param underReviewSince when its Ofsted grade fell below the scheme's rule, or null
 */
public record Award(
        long id,
        long applicationId,
        String schemeKey,
        long organisationId,
        String name,
        OrganisationKind kind,
        String district,
        LocalDate startsOn,
        LocalDate expiresOn,
        boolean listed,
        LocalDate underReviewSince,
        String reviewReason,
        LocalDate withdrawnOn,
        String withdrawnBy,
        String withdrawnReason) {

    public enum Status {
        AWARDED("Awarded", "green"),
        UNDER_REVIEW("Under review", "orange"),
        EXPIRED("Expired", "grey"),
        WITHDRAWN("Withdrawn", "red");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }

        public boolean isWithdrawn() {
            return this == WITHDRAWN;
        }
    }

    public Status status(LocalDate today) {
        if (withdrawnOn != null) {
            return Status.WITHDRAWN;
        }
        if (!today.isBefore(expiresOn)) {
            return Status.EXPIRED;
        }
        return underReviewSince != null ? Status.UNDER_REVIEW : Status.AWARDED;
    }

    /** Held on that day: started, not expired, not withdrawn (an award under review is still held). */
    public boolean inForce(LocalDate today) {
        return withdrawnOn == null && !startsOn.isAfter(today) && today.isBefore(expiresOn);
    }

    /** A childminder's name is shown to the public only once they agreed. */
    public boolean needsConsent() {
        return kind == OrganisationKind.CHILDMINDER && !listed;
    }
}
