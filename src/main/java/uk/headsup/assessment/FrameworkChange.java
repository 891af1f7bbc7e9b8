package uk.headsup.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.headsup.assessment.Framework.Standard;

/**
 * One difference between two versions of a framework, for the side-by-side list of what changed.
 *
 * @param what the parts of the standard that changed, such as "statement" or "descriptors"
 */
public record FrameworkChange(String number, Kind kind, List<String> what, Standard before, Standard after) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** What changed from one version to the next, standard by standard, in the order of the newer version. */
    public static List<FrameworkChange> between(Framework before, Framework after) {
        Map<String, Standard> old = before.byNumber();
        Map<String, Standard> now = after.byNumber();
        List<FrameworkChange> changes = new ArrayList<>();
        now.forEach((number, s) -> {
            Standard was = old.get(number);
            if (was == null) {
                changes.add(new FrameworkChange(number, Kind.ADDED, List.of(), null, s));
            } else {
                List<String> what = differences(was, s);
                if (!what.isEmpty()) {
                    changes.add(new FrameworkChange(number, Kind.CHANGED, what, was, s));
                }
            }
        });
        old.forEach((number, s) -> {
            if (!now.containsKey(number)) {
                changes.add(new FrameworkChange(number, Kind.REMOVED, List.of(), s, null));
            }
        });
        return changes;
    }

    private static List<String> differences(Standard a, Standard b) {
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
}
