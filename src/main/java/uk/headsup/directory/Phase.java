package uk.headsup.directory;

/** The phase of education as GIAS names it. */
public enum Phase {
    NURSERY("Nursery"),
    PRIMARY("Primary"),
    MIDDLE_DEEMED_PRIMARY("Middle deemed primary"),
    SECONDARY("Secondary"),
    MIDDLE_DEEMED_SECONDARY("Middle deemed secondary"),
    SIXTEEN_PLUS("16 plus"),
    ALL_THROUGH("All-through"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
