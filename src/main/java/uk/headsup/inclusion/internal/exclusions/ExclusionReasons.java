package uk.headsup.inclusion.internal.exclusions;

import java.util.Arrays;

/** The DfE's reasons as code and words, for the reports. */
public final class ExclusionReasons {

    private ExclusionReasons() {}

    public static String[][] all() {
        return Arrays.stream(Reason.values())
                .map(r -> new String[] {r.name(), r.label()})
                .toArray(String[][]::new);
    }
}
