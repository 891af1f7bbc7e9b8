package uk.headsup.safeguarding.internal.visits;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.safeguarding.internal.rounds.AuditReturn;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;

/**
 * Verification visits. The officer draws a sample of a round's returns to visit by three rules, shown on the page:
 * every organisation that has not returned; every school whose return rates two or more standards red; and, of the
 * rest, one chosen at random in each district and phase. Drawing again adds only those the rules now pick. Each
 * visit's date and findings are recorded, and the school sees them on its return.
 */
@Service
public class Visits {

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

    public record Visit(
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
    private final SecureRandom seeds = new SecureRandom();

    Visits(JdbcClient jdbc, RoundDesk desk, Responses responses, Frameworks frameworks) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.responses = responses;
        this.frameworks = frameworks;
    }

    /** Draws the sample by the rules with a fresh seed; returns how many visits were added. */
    @Transactional
    public int draw(Round round, String by) {
        return draw(round, by, seeds.nextLong());
    }

    /** Draws the sample by the rules ({@link VisitSample}); the seed is kept with each visit drawn at random. */
    @Transactional
    public int draw(Round round, String by, long seed) {
        Framework framework =
                frameworks.version(round.versionId()).orElseThrow().framework();
        Map<Long, Integer> reds = new HashMap<>();
        Map<String, Framework.Standard> standards = framework.byNumber();
        for (Responses.Rating rating : responses.ratings(round.versionId())) {
            Framework.Standard s = standards.get(rating.standard());
            if (s != null && framework.scaleOf(s).toneOf(rating.rating()).equals("red")) {
                reds.merge(rating.responseId(), 1, Integer::sum);
            }
        }
        List<VisitSample.Candidate> candidates = new ArrayList<>();
        for (RoundDesk.Row row : desk.rows(round)) {
            AuditReturn r = row.auditReturn();
            candidates.add(new VisitSample.Candidate(
                    r.id(),
                    row.state().outstanding(),
                    r.responseId() == null ? 0 : reds.getOrDefault(r.responseId(), 0),
                    r.district(),
                    r.phase()));
        }
        Set<Long> already =
                new HashSet<>(visits(round.id()).stream().map(Visit::returnId).toList());
        int added = 0;
        for (Map.Entry<Long, Reason> c :
                VisitSample.draw(candidates, already, seed).entrySet()) {
            added += jdbc.sql("""
                            insert into safeguarding_visits (round_id, return_id, reason, drawn_by, seed)
                            values (:round, :return, :reason, :by, :seed) on conflict do nothing
                            """)
                    .param("round", round.id())
                    .param("return", c.getKey())
                    .param("reason", c.getValue().name())
                    .param("by", by)
                    .param("seed", c.getValue() == Reason.RANDOM ? seed : null)
                    .update();
        }
        return added;
    }

    public List<Visit> visits(long roundId) {
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

    public Optional<Visit> ofReturn(long returnId) {
        return jdbc.sql("select round_id from safeguarding_visits where return_id = :id")
                .param("id", returnId)
                .query(Long.class)
                .optional()
                .flatMap(round -> visits(round).stream()
                        .filter(v -> v.returnId() == returnId)
                        .findFirst());
    }

    /** Records a visit's date and findings; false if the visit is not of this round. */
    public boolean record(long roundId, long visitId, LocalDate on, String findings, String by) {
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
