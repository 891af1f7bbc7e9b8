package uk.headsup.events;

/** How VAT applies to an event's price per place. */
public enum Vat {
    NONE("No VAT"),
    EXEMPT("Exempt from VAT"),
    STANDARD("Plus VAT at 20%");

    private final String label;

    Vat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** VAT on an amount in pence, rounded half up. */
    public long vatOn(long pence) {
        return this == STANDARD ? Math.round(pence * 0.2) : 0;
    }
}
