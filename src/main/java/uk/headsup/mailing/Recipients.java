package uk.headsup.mailing;

import java.util.List;
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
     * @param organisations when not empty, only the audience's members at these organisations (a reminder to
     *     exactly the schools a report found)
     */
    record OfAudience(Audience audience, Set<Long> organisations) implements Recipients {
        public OfAudience {
            organisations = Set.copyOf(organisations);
        }
    }

    record Listed(List<Addressee> addressees) implements Recipients {}
}
