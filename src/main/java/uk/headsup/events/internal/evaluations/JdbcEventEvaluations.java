package uk.headsup.events.internal.evaluations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.events.EventEvaluations;

@Service
@Transactional(readOnly = true)
class JdbcEventEvaluations implements EventEvaluations {

    private final JdbcClient jdbc;

    JdbcEventEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Summary> summaries(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> answers = new HashMap<>();
        jdbc.sql("select event_id, count(*) from event_evaluations where event_id in (:events) group by event_id")
                .param("events", eventIds)
                .query(rs -> {
                    answers.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Map<String, Double>> averages = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.id, q.question, avg((v.ratings ->> (q.n - 1)::int)::numeric)
                          from events e
                          cross join lateral jsonb_array_elements_text(e.evaluation_questions)
                               with ordinality as q(question, n)
                          join event_evaluations v on v.event_id = e.id
                         where e.id in (:events) and jsonb_array_length(v.ratings) >= q.n
                         group by e.id, q.n, q.question
                         order by e.id, q.n
                        """).param("events", eventIds).query(rs -> {
            averages.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getBigDecimal(3).doubleValue());
        });
        Map<Long, Summary> summaries = new LinkedHashMap<>();
        answers.forEach((event, n) ->
                summaries.put(event, new Summary(event, n, averages.getOrDefault(event, Map.of()))));
        return summaries;
    }

    @Override
    public Map<Long, List<Long>> organisationsAttending(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> attending = new HashMap<>();
        jdbc.sql("""
                        select distinct event_id, organisation_id from event_places
                         where event_id in (:events) and attendance = 'ATTENDED' and organisation_id is not null
                         order by event_id, organisation_id
                        """).param("events", eventIds).query(rs -> {
            attending.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return attending;
    }
}
