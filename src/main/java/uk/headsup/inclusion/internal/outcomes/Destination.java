package uk.headsup.inclusion.internal.outcomes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an excluded pupil is a year after KS4 (the {@code inclusion_outcomes.destination} column). */
public enum Destination {
    SUSTAINED("Sustained education, apprenticeship or employment"),
    NOT_SUSTAINED("Not sustained"),
    NEET("Not in education, employment or training"),
    NOT_KNOWN("Not known");

    private final String label;

    Destination(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The destination a file or form names by its code, in any case and with spaces or hyphens for underscores. */
    public static Optional<Destination> of(String text) {
        String t = text == null
                ? ""
                : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.name().equals(t)).findFirst();
    }
}
