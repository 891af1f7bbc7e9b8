package uk.headsup.recognition;

/**
 * A recognition scheme as data: who may apply, the toolkit (a framework of the self-assessment engine, by its key),
 * and how long an award lasts.
 */
public record Scheme(
        String key,
        String name,
        Applicants applicants,
        String summary,
        String frameworkKey,
        int awardYears,
        boolean annualUpdate) {

    public Scheme {
        if (awardYears < 1 || awardYears > 10) {
            throw new IllegalArgumentException("An award lasts from 1 to 10 years, not " + awardYears);
        }
    }

    /** Who may apply. */
    public enum Applicants {
        EARLY_YEARS("Early years settings and childminders"),
        PRIMARY_GROUP("Groups of at least three primary schools");

        private final String label;

        Applicants(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
