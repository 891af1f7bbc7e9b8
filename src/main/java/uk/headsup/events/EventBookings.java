package uk.headsup.events;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Who holds a place at which events, for modules that ask people to book (a bulletin's "Book a place"). */
public interface EventBookings {

    /**
     * Of these events, those at which the person with this email holds a place, whoever booked it for them: confirmed,
     * offered or waiting (cancelled and declined places do not count).
     */
    Set<Long> bookedBy(String email, Collection<Long> eventIds);

    /**
     * The training courses (not cancelled) that staff of this organisation attended, as the register settled them,
     * most recent first.
     */
    List<TrainingAttended> trainingAttendedAt(long organisationId);
}
