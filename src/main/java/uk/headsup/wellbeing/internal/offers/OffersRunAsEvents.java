package uk.headsup.wellbeing.internal.offers;

import java.util.Map;

/**
 * Which offers run as events, where a head books a place rather than asks (peer groups). The peer groups package
 * implements it: peer groups are offers, so they know offers, and offers know peer groups only through this.
 */
public interface OffersRunAsEvents {

    /** Each offer that runs as an event, and its event. */
    Map<Long, Long> events();
}
