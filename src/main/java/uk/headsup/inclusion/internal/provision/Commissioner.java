package uk.headsup.inclusion.internal.provision;

/** Who commissioned a pupil's placement at an alternative provider, and so pays for it. */
public enum Commissioner {
    AUTHORITY("The authority", "authority"),
    SCHOOL("The school", "school");

    private final String label;
    private final String shortLabel;

    Commissioner(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** As the placement form offers it ("The school"). */
    public String label() {
        return label;
    }

    /** As a list of placements shows it after the provider ("school"). */
    public String shortLabel() {
        return shortLabel;
    }
}
