package uk.headsup.events.internal.evaluations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.events.internal.Terms;
import uk.headsup.events.internal.bookings.Bookings;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;

/** Course evaluations: a rating from 1 to 5 for each of the course's questions and a comment, once per attendee. */
@Service
public class Evaluations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Events events;
    private final Clock clock;

    Evaluations(JdbcClient jdbc, Events events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One completed evaluation with its course. */
    public record Answer(
            long eventId,
            String course,
            Instant courseDate,
            String trainer,
            List<String> questions,
            List<Integer> ratings,
            String comments,
            Instant submittedAt) {

        public double average() {
            return ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
        }
    }

    /** Results of one course: how many answered and the average rating per question. */
    public record CourseResult(
            long eventId,
            String course,
            Instant courseDate,
            String trainer,
            int answers,
            Map<String, Double> averages,
            List<String> comments) {}

    /** A trainer's average rating per term. */
    public record TrainerResult(String trainer, String term, int answers, double average) {}

    public Optional<Place> placeFor(String token) {
        return jdbc.sql("select id from event_places where evaluation_token = :t")
                .param("t", token)
                .query(Long.class)
                .optional()
                .flatMap(
                        id -> jdbc.sql("""
                                select p.*, b.booked_by_email, b.booked_by_name, b.purchase_order,
                                       exists (select 1 from event_evaluations v where v.place_id = p.id) as evaluated
                                from event_places p join event_bookings b on b.id = p.booking_id where p.id = :id
                                """).param("id", id).query(Bookings::row).optional());
    }

    @Transactional
    public boolean submit(Place place, List<Integer> ratings, String comments) {
        return jdbc.sql("""
                        insert into event_evaluations (place_id, event_id, ratings, comments, submitted_at)
                        values (:p, :e, cast(:r as jsonb), :c, :now) on conflict (place_id) do nothing
                        """)
                        .param("p", place.id())
                        .param("e", place.eventId())
                        .param("r", JSON.writeValueAsString(ratings))
                        .param("c", comments == null ? "" : comments.strip())
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                > 0;
    }

    public List<Answer> all() {
        List<Answer> answers = new ArrayList<>();
        jdbc.sql("""
                        select v.event_id, v.ratings, v.comments, v.submitted_at from event_evaluations v
                        join events e on e.id = v.event_id order by e.starts_at, v.submitted_at
                        """).query(rs -> {
            Event e = events.find(rs.getLong(1)).orElseThrow();
            @SuppressWarnings("unchecked")
            List<Integer> ratings = JSON.readValue(rs.getString(2), List.class);
            answers.add(new Answer(
                    e.id(),
                    e.title(),
                    e.startsAt(),
                    e.trainer(),
                    e.evaluationQuestions(),
                    ratings,
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()));
        });
        return answers;
    }

    public List<CourseResult> byCourse(List<Answer> answers) {
        Map<Long, List<Answer>> byEvent = new LinkedHashMap<>();
        answers.forEach(a ->
                byEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a));
        List<CourseResult> results = new ArrayList<>();
        byEvent.forEach((id, list) -> {
            Answer first = list.get(0);
            Map<String, Double> averages = new LinkedHashMap<>();
            for (int q = 0; q < first.questions().size(); q++) {
                int i = q;
                averages.put(
                        first.questions().get(q),
                        list.stream()
                                .filter(a -> a.ratings().size() > i)
                                .mapToInt(a -> a.ratings().get(i))
                                .average()
                                .orElse(0));
            }
            results.add(new CourseResult(
                    id,
                    first.course(),
                    first.courseDate(),
                    first.trainer(),
                    list.size(),
                    averages,
                    list.stream()
                            .map(Answer::comments)
                            .filter(c -> !c.isBlank())
                            .toList()));
        });
        return results;
    }

    public List<TrainerResult> byTrainer(List<Answer> answers) {
        Map<String, List<Answer>> groups = new LinkedHashMap<>();
        answers.stream()
                .filter(a -> !a.trainer().isBlank())
                .forEach(a -> groups.computeIfAbsent(
                                a.trainer() + "\u0000"
                                        + Terms.of(a.courseDate()).label(),
                                k -> new ArrayList<>())
                        .add(a));
        List<TrainerResult> results = new ArrayList<>();
        groups.forEach((key, list) -> {
            String[] parts = key.split("\u0000");
            results.add(new TrainerResult(
                    parts[0],
                    parts[1],
                    list.size(),
                    list.stream().mapToDouble(Answer::average).average().orElse(0)));
        });
        results.sort(Comparator.comparing(TrainerResult::trainer));
        return results;
    }
}
