package uk.headsup.safeguarding.internal.analysis;

import java.util.Collection;
import java.util.List;

/**
 * The courses and events linked to rounds' standards, as the analysis counts them. The offers package keeps the links
 * and implements it: the offer's page shows the analysis, so offers know the analysis, and the analysis knows the
 * offer's links only through this.
 */
public interface LinkedCourses {

    /** A standard of a round linked to an event, as stored (the event may since have been withdrawn). */
    record Linked(long roundId, String standard, long eventId) {}

    /** Every link of these rounds, in one query, by round, standard and event. */
    List<Linked> linked(Collection<Long> roundIds);
}
