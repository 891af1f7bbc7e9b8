package uk.headsup.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What attendees said of courses in their evaluations, summed up for modules that weigh courses against something
 * else (the safeguarding audit shows them beside the standard a course was offered for). No comment and no
 * attendee is named: only how many answered and the average rating of each question.
 */
public interface EventEvaluations {

    /**
     * One course's evaluations.
     *
     * @param answers how many attendees completed the evaluation
     * @param averages each question of the course's evaluation, in its order, with its average rating (1 to 5)
     */
    record Summary(long eventId, int answers, Map<String, Double> averages) {

        /** The average of every question's average, or 0 if nobody answered. */
        public double overall() {
            return averages.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(0);
        }
    }

    /** The evaluations of these events, by event; an event nobody has evaluated is left out. */
    Map<Long, Summary> summaries(Collection<Long> eventIds);

    /**
     * An organisation whose staff attended an event, as its register settled: once per event and organisation.
     *
     * @param attendedOn the day the event ended, UK time
     */
    record Attended(long eventId, long organisationId, LocalDate attendedOn) {}

    /** The organisations whose staff attended each of these events, by event then organisation. */
    List<Attended> attendance(Collection<Long> eventIds);

    /**
     * What {@link #summaries} and {@link #attendance} of these events depend on, for a module that keeps figures
     * worked out from them: it changes whenever a place's attendance settles or changes, or an evaluation arrives.
     */
    record Stamp(long attended, long attendedIdSum, long evaluations, long evaluationIdSum) {}

    Stamp stamp(Collection<Long> eventIds);
}
