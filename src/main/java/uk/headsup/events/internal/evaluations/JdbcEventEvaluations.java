package uk.headsup.events.internal.evaluations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.events.EventEvaluations;
import uk.headsup.events.internal.bookings.Attendance;

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
                .param("attended", Attendance.ATTENDED.name())
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
    public List<Attended> attendance(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.event_id, p.organisation_id,
                               (max(e.ends_at) at time zone 'Europe/London')::date as attended_on
                          from event_places p join events e on e.id = p.event_id
                         where p.event_id in (:events) and p.attendance = :attended
                           and p.organisation_id is not null
                         group by p.event_id, p.organisation_id
                         order by p.event_id, p.organisation_id
                        """)
                .param("attended", Attendance.ATTENDED.name())
                .param("events", eventIds)
                .param("attended", Attendance.ATTENDED.name())
                .query((rs, n) -> new Attended(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    @Override
    public Stamp stamp(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return new Stamp(0, 0, 0, 0);
        }
        return jdbc.sql("""
                        select (select count(*) from event_places
                                 where event_id in (:events) and attendance = :attended),
                               (select coalesce(sum(id), 0) from event_places
                                 where event_id in (:events) and attendance = :attended),
                               (select count(*) from event_evaluations where event_id in (:events)),
                               (select coalesce(sum(place_id), 0) from event_evaluations where event_id in (:events))
                        """)
                .param("attended", Attendance.ATTENDED.name())
                .param("events", eventIds)
                .param("attended", Attendance.ATTENDED.name())
                .query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }
}
