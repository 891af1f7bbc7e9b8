package uk.headsup.events.internal.planning;

import java.util.Optional;

/**
 * What a change to an event means for the places booked on it, as an officer's change of the event needs it. The
 * bookings package implements it: places are booked on events, so bookings know events, and planning knows places
 * only through this.
 */
public interface BookedPlaces {

    /**
     * Tells everyone booked or waiting that the event has moved (postponed, or its place changed), with the officer's
     * message when there is one. Call after the change is saved. Returns how many people were told.
     */
    int tellOfMove(Event before, String message);

    /**
     * Changes the number of places; new places go to the waiting list at once. Returns why it cannot (fewer places
     * than are confirmed or offered), or empty once it is changed.
     */
    Optional<String> changeCapacity(long eventId, int capacity);
}
