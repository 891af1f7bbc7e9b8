package uk.headsup.safeguarding.internal.offers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.events.EventCard;
import uk.headsup.events.EventCards;
import uk.headsup.events.EventEvaluations;
import uk.headsup.safeguarding.internal.analysis.LinkedCourses;
import uk.headsup.safeguarding.internal.rounds.AuditReturn;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/**
 * The targeted offer: upcoming courses and events linked to a round's standards, shown to a school on each standard
 * it rated red or amber. The links are the audit's own; the events are read through {@link EventCards}.
 */
@Repository("standardCourses")
public class Offers implements LinkedCourses {

    private final JdbcClient jdbc;
    private final EventCards events;
    private final Responses responses;
    private final Rounds rounds;
    private final EventEvaluations evaluations;
    private final Frameworks frameworks;

    Offers(
            JdbcClient jdbc,
            EventCards events,
            Responses responses,
            Rounds rounds,
            EventEvaluations evaluations,
            Frameworks frameworks) {
        this.jdbc = jdbc;
        this.events = events;
        this.responses = responses;
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
    }

    /** Whether a rating on this standard is red or amber: what the offer answers. */
    public static boolean redOrAmber(Framework framework, Framework.Standard standard, String rating) {
        String tone = framework.scaleOf(standard).toneOf(rating);
        return tone.equals("red") || tone.equals("amber");
    }

    /** The standards these answers rate red or amber, in the framework's order. */
    public static List<String> redOrAmber(Framework framework, Map<String, Answer> answers) {
        return framework.standards().stream()
                .filter(s -> answers.containsKey(s.number())
                        && redOrAmber(framework, s, answers.get(s.number()).rating()))
                .map(Framework.Standard::number)
                .toList();
    }

    /** The organisations whose return in this round rates this standard red or amber now. */
    public Set<Long> ratedRedOrAmber(Round round, Framework framework, String standard) {
        Framework.Standard s = framework.standard(standard).orElseThrow();
        Map<Long, Long> organisationByResponse = new HashMap<>();
        rounds.returns(round.id()).stream()
                .filter(r -> r.responseId() != null)
                .forEach(r -> organisationByResponse.put(r.responseId(), r.organisationId()));
        return responses.ratings(round.versionId()).stream()
                .filter(r -> r.standard().equals(standard)
                        && organisationByResponse.containsKey(r.responseId())
                        && redOrAmber(framework, s, r.rating()))
                .map(r -> organisationByResponse.get(r.responseId()))
                .collect(Collectors.toSet());
    }

    public record Link(String standard, EventCard event) {}

    /** Courses and events that can still be booked: what the officer may link. */
    public List<EventCard> linkable() {
        return events.bookableSoon();
    }

    public void link(long roundId, String standard, long eventId, String by) {
        jdbc.sql("""
                        insert into safeguarding_standard_events (round_id, standard, event_id, linked_by)
                        values (:round, :standard, :event, :by) on conflict do nothing
                        """)
                .param("round", roundId)
                .param("standard", standard)
                .param("event", eventId)
                .param("by", by)
                .update();
    }

    public void unlink(long roundId, String standard, long eventId) {
        jdbc.sql("delete from safeguarding_standard_events where round_id = :round and standard = :standard"
                        + " and event_id = :event")
                .param("round", roundId)
                .param("standard", standard)
                .param("event", eventId)
                .update();
    }

    @Override
    public List<Linked> linked(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select round_id, standard, event_id from safeguarding_standard_events"
                        + " where round_id in (:rounds) order by round_id, standard, event_id")
                .param("rounds", roundIds)
                .query((rs, n) -> new Linked(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Every link of the round whose event still exists, by standard then when linked. */
    public List<Link> links(long roundId) {
        List<Link> links = new ArrayList<>();
        jdbc.sql("select standard, event_id from safeguarding_standard_events where round_id = :round"
                        + " order by standard, linked_at")
                .param("round", roundId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list()
                .forEach(row ->
                        events.card((Long) row[1]).ifPresent(card -> links.add(new Link((String) row[0], card))));
        return links;
    }

    /** For each of these standards, the linked events a school can still book. */
    public Map<String, List<EventCard>> bookable(long roundId, List<String> standards) {
        Map<String, List<EventCard>> offer = new LinkedHashMap<>();
        if (standards.isEmpty()) {
            return offer;
        }
        for (Link link : links(roundId)) {
            if (standards.contains(link.standard()) && link.event().open()) {
                offer.computeIfAbsent(link.standard(), k -> new ArrayList<>()).add(link.event());
            }
        }
        return offer;
    }

    /**
     * A school that attended a linked course: its rating on the standard in the round the course was offered in,
     * and in the round after (null where it has not rated it, or there is no round after yet).
     */
    record Outcome(String organisationName, Rated before, Rated after) {

        /** Better, Same or Worse, or null while there is nothing to compare. */
        public String change() {
            if (before == null || after == null || before.rank() < 0 || after.rank() < 0) {
                return null;
            }
            return after.rank() < before.rank() ? "Better" : after.rank() > before.rank() ? "Worse" : "Same";
        }
    }

    /** A rating as shown: its label and tone (green, amber, red, or none). */
    record Rated(String label, String tone) {
        int rank() {
            return switch (tone) {
                case "green" -> 0;
                case "amber" -> 1;
                case "red" -> 2;
                default -> -1;
            };
        }
    }

    /**
     * What came of one linked course: what its attendees said of it, and how the schools that sent someone rated
     * the standard the year the course was offered and the year after.
     *
     * @param evaluation null while nobody has evaluated it
     * @param nextRound the round after this one, or null if none has opened yet
     */
    record Result(Link link, EventEvaluations.Summary evaluation, Round nextRound, List<Outcome> outcomes) {

        public long count(String change) {
            return outcomes.stream().filter(o -> change.equals(o.change())).count();
        }
    }

    /** For every link of the round, its course's evaluations and the ratings before and after of those who went. */
    public List<Result> results(Round round) {
        List<Link> links = links(round.id());
        if (links.isEmpty()) {
            return List.of();
        }
        Set<Long> eventIds = links.stream().map(l -> l.event().eventId()).collect(Collectors.toSet());
        Map<Long, EventEvaluations.Summary> evaluated = evaluations.summaries(eventIds);
        Map<Long, List<Long>> attending = new HashMap<>();
        evaluations
                .attendance(eventIds)
                .forEach(a -> attending
                        .computeIfAbsent(a.eventId(), k -> new ArrayList<>())
                        .add(a.organisationId()));
        Framework framework =
                frameworks.version(round.versionId()).orElseThrow().framework();
        Optional<Round> next = rounds.next(round);
        Framework nextFramework = next.map(
                        r -> frameworks.version(r.versionId()).orElseThrow().framework())
                .orElse(null);
        Map<Long, AuditReturn> returns = new HashMap<>();
        rounds.returns(round.id()).forEach(r -> returns.put(r.organisationId(), r));
        Map<Long, AuditReturn> nextReturns = new HashMap<>();
        next.ifPresent(n -> rounds.returns(n.id()).forEach(r -> nextReturns.put(r.organisationId(), r)));
        List<Result> results = new ArrayList<>();
        for (Link link : links) {
            List<Outcome> outcomes = new ArrayList<>();
            for (long organisation : attending.getOrDefault(link.event().eventId(), List.of())) {
                AuditReturn then = returns.get(organisation);
                if (then == null) {
                    continue;
                }
                outcomes.add(new Outcome(
                        then.organisationName(),
                        rated(framework, then, link.standard()),
                        nextFramework == null
                                ? null
                                : rated(nextFramework, nextReturns.get(organisation), link.standard())));
            }
            outcomes.sort(Comparator.comparing(Outcome::organisationName));
            results.add(new Result(link, evaluated.get(link.event().eventId()), next.orElse(null), outcomes));
        }
        return results;
    }

    private Rated rated(Framework framework, AuditReturn r, String standard) {
        if (r == null || r.responseId() == null) {
            return null;
        }
        Framework.Standard s = framework.standard(standard).orElse(null);
        Answer answer = responses.answers(r.responseId()).get(standard);
        if (s == null || answer == null || answer.rating() == null) {
            return null;
        }
        return new Rated(
                framework.scaleOf(s).labelOf(answer.rating()),
                framework.scaleOf(s).toneOf(answer.rating()));
    }

    public Optional<EventCard> event(long eventId) {
        return events.card(eventId);
    }
}
