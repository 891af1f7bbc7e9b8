package uk.headsup.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.assessment.Framework.OrganisationType;
import uk.headsup.assessment.Framework.Standard;

/**
 * One difference between two versions of a framework, for the side-by-side list of what changed.
 *
 * @param what the parts of the standard that changed, such as "statement" or "descriptors"
 * @param differences for a changed standard, each changed part's text before and after, to show side by side (a
 *     descriptor is a part of its own, named by its rating)
 */
public record FrameworkChange(
        String number, Kind kind, List<String> what, List<Difference> differences, Standard before, Standard after) {

    public FrameworkChange {
        what = List.copyOf(what);
        differences = List.copyOf(differences);
    }

    public enum Kind {
        ADDED("Added"),
        REMOVED("Removed"),
        CHANGED("Changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isAdded() {
            return this == ADDED;
        }

        public boolean isRemoved() {
            return this == REMOVED;
        }

        /** The standard is in both versions, with parts that differ (compared side by side). */
        public boolean isChanged() {
            return this == CHANGED;
        }
    }

    /**
     * One changed part as text, as a reader compares it: "Statement", "What Red means", "Links" (one a line).
     *
     * @param before the text in the older version; empty if it had none
     * @param after the text in the newer version; empty if it has none
     */
    public record Difference(String part, String before, String after) {}

    /** What changed from one version to the next, standard by standard, in the order of the newer version. */
    public static List<FrameworkChange> between(Framework before, Framework after) {
        Map<String, Standard> old = before.byNumber();
        Map<String, Standard> now = after.byNumber();
        List<FrameworkChange> changes = new ArrayList<>();
        now.forEach((number, s) -> {
            Standard was = old.get(number);
            if (was == null) {
                changes.add(new FrameworkChange(number, Kind.ADDED, List.of(), List.of(), null, s));
            } else {
                List<String> what = parts(was, s);
                if (!what.isEmpty()) {
                    changes.add(new FrameworkChange(
                            number, Kind.CHANGED, what, differences(before, was, after, s), was, s));
                }
            }
        });
        old.forEach((number, s) -> {
            if (!now.containsKey(number)) {
                changes.add(new FrameworkChange(number, Kind.REMOVED, List.of(), List.of(), s, null));
            }
        });
        return changes;
    }

    private static List<String> parts(Standard a, Standard b) {
        List<String> what = new ArrayList<>();
        differs(what, "statement", a.statement(), b.statement());
        differs(what, "guidance", a.guidance(), b.guidance());
        differs(what, "links", a.links(), b.links());
        differs(what, "descriptors", a.descriptors(), b.descriptors());
        differs(what, "statutory", a.statutory(), b.statutory());
        differs(what, "applies to", a.appliesTo(), b.appliesTo());
        differs(what, "rating scale", a.scale(), b.scale());
        differs(what, "numeric questions", a.questions(), b.questions());
        return what;
    }

    private static void differs(List<String> what, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            what.add(name);
        }
    }

    private static List<Difference> differences(Framework older, Standard a, Framework newer, Standard b) {
        List<Difference> out = new ArrayList<>();
        add(out, "Statement", a.statement(), b.statement());
        add(out, "Guidance", a.guidance(), b.guidance());
        add(out, "Rating scale", scaleLabel(older, a), scaleLabel(newer, b));
        Set<String> ratings = new LinkedHashSet<>();
        newer.scale(b.scale()).ifPresent(s -> s.ratings().forEach(r -> ratings.add(r.key())));
        older.scale(a.scale()).ifPresent(s -> s.ratings().forEach(r -> ratings.add(r.key())));
        ratings.addAll(b.descriptors().keySet());
        ratings.addAll(a.descriptors().keySet());
        for (String rating : ratings) {
            add(
                    out,
                    "What "
                            + ratingLabel(newer, b, rating)
                                    .or(() -> ratingLabel(older, a, rating))
                                    .orElse(rating) + " means",
                    a.descriptors().get(rating),
                    b.descriptors().get(rating));
        }
        add(out, "Statutory", a.statutory() ? "Statutory" : "Optional", b.statutory() ? "Statutory" : "Optional");
        add(out, "Applies to", kinds(a), kinds(b));
        add(out, "Links", links(a), links(b));
        add(out, "Numeric questions", questions(a), questions(b));
        return out;
    }

    private static void add(List<Difference> out, String part, String before, String after) {
        String was = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (!was.equals(now)) {
            out.add(new Difference(part, was, now));
        }
    }

    private static String scaleLabel(Framework f, Standard s) {
        return f.scale(s.scale())
                .map(RatingScale::label)
                .filter(Objects::nonNull)
                .orElse(s.scale());
    }

    private static Optional<String> ratingLabel(Framework f, Standard s, String rating) {
        return f.scale(s.scale()).flatMap(scale -> scale.rating(rating)).map(RatingScale.Rating::label);
    }

    private static String kinds(Standard s) {
        if (s.appliesTo().isEmpty()) {
            return "Every kind of organisation";
        }
        return EnumSet.copyOf(s.appliesTo()).stream()
                .map(OrganisationType::label)
                .collect(Collectors.joining(", "));
    }

    private static String links(Standard s) {
        return s.links().stream().map(l -> l.text() + " (" + l.href() + ")").collect(Collectors.joining("\n"));
    }

    private static String questions(Standard s) {
        return s.questions().stream().map(Framework.NumericQuestion::label).collect(Collectors.joining("\n"));
    }
}
