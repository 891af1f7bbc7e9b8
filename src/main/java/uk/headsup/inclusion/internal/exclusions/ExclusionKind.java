package uk.headsup.inclusion.internal.exclusions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of exclusion it is (the {@code inclusion_exclusions.kind} column). */
public enum ExclusionKind {
    PERMANENT("Permanent exclusion"),
    SUSPENSION("Suspension"),
    LUNCHTIME("Lunchtime suspension");

    private final String label;

    ExclusionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ExclusionKind> of(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(values())
                .filter(k -> k.name().equals(t) || k.label.equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
