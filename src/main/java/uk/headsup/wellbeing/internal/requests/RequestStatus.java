package uk.headsup.wellbeing.internal.requests;

/** Where a support request stands. */
public enum RequestStatus {
    REQUESTED("Received", "blue"),
    ACKNOWLEDGED("Acknowledged", "light-blue"),
    MATCHED("Matched", "green"),
    CLOSED("Closed", "grey"),
    WITHDRAWN("Withdrawn", "grey");

    private final String label;
    private final String colour;

    RequestStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    public boolean open() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
