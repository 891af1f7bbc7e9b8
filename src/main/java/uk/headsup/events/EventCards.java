package uk.headsup.events;

import java.util.Optional;

/** Event cards for articles: bulletins embeds one with {@code ~{events/card :: card(${card})}}. */
public interface EventCards {

    /** The card of an event as it stands now, if the event exists. */
    Optional<EventCard> card(long eventId);
}
