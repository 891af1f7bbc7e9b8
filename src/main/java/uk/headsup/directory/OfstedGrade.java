package uk.headsup.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Ofsted's overall effectiveness grade of an early years setting or childminder, best first. */
public enum OfstedGrade {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    OfstedGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this grade is as good as {@code other} or better. */
    public boolean atLeast(OfstedGrade other) {
        return ordinal() <= other.ordinal();
    }

    /** A grade as a register file writes it: its words in any case ("Requires Improvement") or Ofsted's 1 to 4. */
    public static Optional<OfstedGrade> of(String text) {
        String t = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '4') {
            return Optional.of(values()[t.charAt(0) - '1']);
        }
        return Arrays.stream(values())
                .filter(g -> g.label.toLowerCase(Locale.ROOT).equals(t))
                .findFirst();
    }
}
