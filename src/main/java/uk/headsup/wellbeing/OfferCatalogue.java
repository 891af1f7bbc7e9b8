package uk.headsup.wellbeing;

/** Adding support offers, for loaders such as the demo county. */
public interface OfferCatalogue {

    boolean hasOffers();

    /** Adds the offer and returns its id. */
    long add(NewOffer offer);
}
