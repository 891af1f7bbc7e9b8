package uk.headsup.events.internal.bookings;

/** Where a place stands. Confirmed and offered places are taken; waiting ones queue for them. */
public enum PlaceStatus {
    CONFIRMED("Confirmed", "green"),
    OFFERED("Place offered", "blue"),
    WAITING("Waiting list", "yellow"),
    CANCELLED("Cancelled", "grey"),
    DECLINED("Offer declined", "grey"),
    OFFER_EXPIRED("Offer expired", "grey");

    private final String label;
    private final String colour;

    PlaceStatus(String label, String colour) {
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

    public boolean live() {
        return this == CONFIRMED || this == OFFERED || this == WAITING;
    }

    public boolean takesAPlace() {
        return this == CONFIRMED || this == OFFERED;
    }
}
