package uk.headsup.assessment;

import java.util.List;
import java.util.Optional;

/**
 * How a standard is rated, as data: the ratings in order from best to worst. A rating that {@code needsAction}
 * requires an action item (red on the safeguarding audit); {@code notApplicable} ratings count as answered but are
 * left out of shares.
 */
public record RatingScale(String key, String label, List<Rating> ratings) {

    public RatingScale {
        ratings = List.copyOf(ratings);
    }

    /**
     * @param tone how it is shown: "green", "amber", "red" or "grey"
     */
    public record Rating(String key, String label, String tone, boolean needsAction, boolean notApplicable) {}

    public static final RatingScale RAG = new RatingScale(
            "rag",
            "Red, amber, green",
            List.of(
                    new Rating("green", "Green", "green", false, false),
                    new Rating("amber", "Amber", "amber", false, false),
                    new Rating("red", "Red", "red", true, false)));

    public static final RatingScale MET = new RatingScale(
            "met",
            "Met, partly met, not met",
            List.of(
                    new Rating("met", "Met", "green", false, false),
                    new Rating("partly-met", "Partly met", "amber", false, false),
                    new Rating("not-met", "Not met", "red", true, false),
                    new Rating("not-applicable", "Not applicable", "grey", false, true)));

    public static final RatingScale LEVELS = new RatingScale(
            "levels",
            "Levels 1 to 4",
            List.of(
                    new Rating("4", "Level 4", "green", false, false),
                    new Rating("3", "Level 3", "green", false, false),
                    new Rating("2", "Level 2", "amber", false, false),
                    new Rating("1", "Level 1", "red", true, false)));

    public static final RatingScale YES_NO = new RatingScale(
            "yes-no",
            "Yes or no",
            List.of(new Rating("yes", "Yes", "green", false, false), new Rating("no", "No", "red", true, false)));

    public static final List<RatingScale> BUILT_IN = List.of(RAG, MET, LEVELS, YES_NO);

    public static Optional<RatingScale> builtIn(String key) {
        return BUILT_IN.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Rating> rating(String key) {
        return ratings.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The label of a rating on this scale, or "Not rated". */
    public String labelOf(String key) {
        return key == null ? "Not rated" : rating(key).map(Rating::label).orElse("Not rated");
    }

    /** The tone of a rating on this scale ("green", "amber", "red", "grey"), or "grey". */
    public String toneOf(String key) {
        return key == null ? "grey" : rating(key).map(Rating::tone).orElse("grey");
    }
}
