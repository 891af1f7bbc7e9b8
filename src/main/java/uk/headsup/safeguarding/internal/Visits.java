package uk.headsup.safeguarding.internal;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;

/**
 * Verification visits. The officer draws a sample of a round's returns to visit by three rules, shown on the page:
 * every organisation that has not returned; every school whose return rates two or more standards red; and, of the
 * rest, one chosen at random in each district and phase. Drawing again adds only those the rules now pick. Each
 * visit's date and findings are recorded, and the school sees them on its return.
 */
@Service
class Visits {

    enum Reason {
        NOT_RETURNED("Has not returned"),
        SEVERAL_REDS("Two or more standards rated red"),
        RANDOM("Chosen at random in its district and phase");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Visit(
            long id,
            long returnId,
            String organisationName,
            String district,
            String phase,
            Reason reason,
            LocalDate visitedOn,
            String findings) {

        public boolean recorded() {
            return visitedOn != null;
        }
    }

    private final JdbcClient jdbc;
    private final RoundDesk desk;
    private final Responses responses;
    private final Frameworks frameworks;
    private final Random random = new SecureRandom();

    Visits(JdbcClient jdbc, RoundDesk desk, Responses responses, Frameworks frameworks) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.responses = responses;
        this.frameworks = frameworks;
    }

    /** Draws the sample by the rules; returns how many visits were added. */
    @Transactional
    int draw(Round round, String by) {
        Framework framework =
                frameworks.version(round.versionId()).orElseThrow().framework();
        Map<Long, Integer> reds = new LinkedHashMap<>();
        for (Responses.Rating rating : responses.ratings(round.versionId())) {
            framework
                    .standard(rating.standard())
                    .filter(s -> framework.scaleOf(s).toneOf(rating.rating()).equals("red"))
                    .ifPresent(s -> reds.merge(rating.responseId(), 1, Integer::sum));
        }
        Map<Long, Reason> chosen = new LinkedHashMap<>();
        Set<Long> already =
                new HashSet<>(visits(round.id()).stream().map(Visit::returnId).toList());
        Map<String, List<AuditReturn>> rest = new LinkedHashMap<>();
        for (RoundDesk.Row row : desk.rows(round)) {
            AuditReturn r = row.auditReturn();
            if (row.state().outstanding()) {
                chosen.put(r.id(), Reason.NOT_RETURNED);
            } else if (r.responseId() != null && reds.getOrDefault(r.responseId(), 0) >= 2) {
                chosen.put(r.id(), Reason.SEVERAL_REDS);
            } else {
                rest.computeIfAbsent(r.district() + "|" + r.phase(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        for (List<AuditReturn> group : rest.values()) {
            if (group.stream().noneMatch(r -> already.contains(r.id()))) {
                chosen.put(group.get(random.nextInt(group.size())).id(), Reason.RANDOM);
            }
        }
        int added = 0;
        for (Map.Entry<Long, Reason> c : chosen.entrySet()) {
            added += jdbc.sql("""
                            insert into safeguarding_visits (round_id, return_id, reason, drawn_by)
                            values (:round, :return, :reason, :by) on conflict do nothing
                            """)
                    .param("round", round.id())
                    .param("return", c.getKey())
                    .param("reason", c.getValue().name())
                    .param("by", by)
                    .update();
        }
        return added;
    }

    List<Visit> visits(long roundId) {
        return jdbc.sql("""
                        select v.*, r.organisation_name, r.district, r.phase from safeguarding_visits v
                        join safeguarding_returns r on r.id = v.return_id
                        where v.round_id = :round order by v.reason, r.organisation_name
                        """)
                .param("round", roundId)
                .query((rs, n) -> new Visit(
                        rs.getLong("id"),
                        rs.getLong("return_id"),
                        rs.getString("organisation_name"),
                        rs.getString("district"),
                        rs.getString("phase"),
                        Reason.valueOf(rs.getString("reason")),
                        rs.getDate("visited_on") == null
                                ? null
                                : rs.getDate("visited_on").toLocalDate(),
                        rs.getString("findings")))
                .list();
    }

    Optional<Visit> ofReturn(long returnId) {
        return jdbc.sql("select round_id from safeguarding_visits where return_id = :id")
                .param("id", returnId)
                .query(Long.class)
                .optional()
                .flatMap(round -> visits(round).stream()
                        .filter(v -> v.returnId() == returnId)
                        .findFirst());
    }

    /** Records a visit's date and findings; false if the visit is not of this round. */
    boolean record(long roundId, long visitId, LocalDate on, String findings, String by) {
        return jdbc.sql("""
                                update safeguarding_visits set visited_on = :on, findings = :findings,
                                    recorded_by = :by, recorded_at = now()
                                where id = :id and round_id = :round
                                """)
                        .param("on", Date.valueOf(on))
                        .param("findings", findings)
                        .param("by", by)
                        .param("id", visitId)
                        .param("round", roundId)
                        .update()
                > 0;
    }
}
