package uk.headsup.wellbeing;

/** How someone gets an offer: straight from the provider, or through a request the authority brokers. */
public enum OfferAccess {
    DIRECT("Contact the provider directly"),
    BROKERED("Ask the wellbeing coordinator, in confidence");

    private final String label;

    OfferAccess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
