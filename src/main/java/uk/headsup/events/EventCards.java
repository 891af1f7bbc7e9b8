package uk.headsup.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event cards for articles: bulletins embeds one with {@code ~{events/card :: card(${card})}} wherever an article's
 * call to action points to an event ({@code /events/12} or {@code /events/12/book}).
 */
public interface EventCards {

    /** The card of an event as it stands now, if the event exists. */
    Optional<EventCard> card(long eventId);

    /** Events whose booking has not closed, soonest first: what an article can invite readers to book. */
    List<EventCard> bookableSoon();

    /** The event an address of this site points to, such as {@code /events/12/book}; empty for any other. */
    static Optional<Long> eventId(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = EVENT_ADDRESS.matcher(address.strip());
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    Pattern EVENT_ADDRESS = Pattern.compile("^/events/([0-9]{1,15})(?:/book)?/?$");
}
