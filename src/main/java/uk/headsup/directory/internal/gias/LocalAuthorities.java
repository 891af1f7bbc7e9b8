package uk.headsup.directory.internal.gias;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose establishments an import keeps (besides those already in the directory): some local authorities by GIAS
 * code, or all of them.
 */
public record LocalAuthorities(Set<String> codes, boolean all) {

    static final String ALL = "all";

    public static LocalAuthorities of(Collection<String> codes) {
        Set<String> set = new TreeSet<>();
        boolean all = false;
        if (codes != null) {
            for (String code : codes) {
                String c = code == null ? "" : code.strip();
                if (c.equalsIgnoreCase(ALL)) {
                    all = true;
                } else if (!c.isEmpty()) {
                    set.add(c);
                }
            }
        }
        return new LocalAuthorities(Set.copyOf(set), all);
    }

    boolean includes(String laCode) {
        return all || codes.contains(laCode);
    }

    /** As the report shows it: "937", "937, 938", "all", or "none". */
    public String describe() {
        if (all) {
            return ALL;
        }
        return codes.isEmpty() ? "none" : String.join(", ", new TreeSet<>(codes));
    }
}
