package uk.headsup.mailing;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.headsup.directory.Audience;

/** Who a mailshot goes to: the people of a directory audience on the day it starts, or a list given by the caller. */
public sealed interface Recipients {

    /** Everyone in the audience today, one message per address, whatever their number of roles. */
    static Recipients of(Audience audience) {
        return new OfAudience(audience, Set.of());
    }

    /** The audience's people at these organisations only: a reminder to exactly the schools a report found. */
    static Recipients of(Audience audience, Set<Long> onlyAtOrganisations) {
        return new OfAudience(audience, onlyAtOrganisations);
    }

    /** Those given, e.g. the people booked on a course. */
    static Recipients listed(List<Addressee> addressees) {
        return new Listed(List.copyOf(addressees));
    }

    /**
     * Only those of these recipients who turned the topic off: essential items of a series to the people who do not
     * get the series, decided in the statement that writes the deliveries.
     */
    default Recipients whoTurnedOff(String topic) {
        return new WhoTurnedOff(this, topic);
    }

    /**
     * @param organisations when not empty, only the audience's members at these organisations (a reminder to
     *     exactly the schools a report found)
     */
    record OfAudience(Audience audience, Set<Long> organisations) implements Recipients {
        public OfAudience {
            organisations = Set.copyOf(organisations);
        }
    }

    record Listed(List<Addressee> addressees) implements Recipients {}

    /** Those of {@code recipients} who turned {@code topic} off. */
    record WhoTurnedOff(Recipients recipients, String topic) implements Recipients {
        public WhoTurnedOff {
            Objects.requireNonNull(recipients, "recipients");
            Objects.requireNonNull(topic, "topic");
            if (recipients instanceof WhoTurnedOff) {
                throw new IllegalArgumentException("Recipients who turned off one topic only, not " + topic + " too");
            }
        }
    }
}
