package uk.headsup.directory.internal;

/** Whether an organisation is open (the {@code organisations.status} column, as GIAS gives it). */
public enum OrganisationStatus {
    OPEN("Open", null),
    CLOSED("Closed", "grey"),
    PROPOSED_TO_CLOSE("Proposed to close", "yellow"),
    PROPOSED_TO_OPEN("Proposed to open", "blue");

    private final String label;
    private final String colour;

    OrganisationStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour that marks an organisation not simply open in a list, or null for an open one. */
    public String colour() {
        return colour;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }
}
