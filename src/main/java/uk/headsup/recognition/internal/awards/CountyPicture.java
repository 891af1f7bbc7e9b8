package uk.headsup.recognition.internal.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.Audience;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationFacts;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;
import uk.headsup.recognition.internal.applications.Applications;

/**
 * The county picture for the schemes officer: applications by state and scheme, awards in force by district and
 * phase, districts with no recognised school or setting, awards ending in the next six months, and how long an
 * application waits for the panel's decision. Counts are the authority's own officers' (no suppression).
 */
@Service
@Transactional(readOnly = true)
public class CountyPicture {

    /** How many applications of a scheme are in a state. */
    public record StateCount(String schemeKey, String state, int count) {
        public String label() {
            return Applications.State.valueOf(state).label();
        }
    }

    /** Awards in force in a district, by phase label ("Nursery" for settings and childminders). */
    public record DistrictRow(String district, Map<String, Integer> byPhase, int total) {}

    /** How long applications of a scheme took, in days, from starting and from submission to the first decision. */
    public record Waiting(String schemeKey, int decided, Double medianFromStart, Double medianFromSubmission) {}

    public record Picture(
            List<StateCount> applications,
            List<String> phases,
            List<DistrictRow> awardsByDistrict,
            List<String> districtsWithout,
            List<Award> expiringSoon,
            List<Waiting> waiting) {}

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Awards awards;

    CountyPicture(JdbcClient jdbc, Directory directory, Awards awards) {
        this.awards = awards;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public Picture on(LocalDate today) {
        List<StateCount> applications = jdbc.sql("""
                        select scheme_key, state, count(*) from recognition_applications
                         group by scheme_key, state order by scheme_key, state
                        """)
                .query((rs, n) -> new StateCount(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
        List<OrganisationFacts> all = directory.organisations(Audience.everyone()
                .ofKinds(OrganisationKind.SCHOOL, OrganisationKind.EARLY_YEARS_SETTING, OrganisationKind.CHILDMINDER));
        Map<Long, OrganisationFacts> facts =
                all.stream().collect(Collectors.toMap(OrganisationFacts::id, Function.identity(), (a, b) -> a));
        List<Award> inForce = awards.inForce(today);
        Map<String, Map<String, Integer>> byDistrict = new TreeMap<>();
        Set<String> phases = new TreeSet<>();
        for (Award a : inForce) {
            OrganisationFacts f = facts.get(a.organisationId());
            String district = a.district() == null ? "No district" : a.district();
            String phase = phase(a, f);
            phases.add(phase);
            byDistrict.computeIfAbsent(district, d -> new TreeMap<>()).merge(phase, 1, Integer::sum);
        }
        List<DistrictRow> rows = new ArrayList<>();
        byDistrict.forEach((d, m) -> rows.add(new DistrictRow(
                d, m, m.values().stream().mapToInt(Integer::intValue).sum())));
        Set<String> recognised = byDistrict.keySet();
        List<String> without = all.stream()
                .map(OrganisationFacts::district)
                .filter(d -> d != null && !recognised.contains(d))
                .distinct()
                .sorted()
                .toList();
        List<Award> expiring = inForce.stream()
                .filter(a -> a.expiresOn().isBefore(today.plusMonths(6).plusDays(1)))
                .sorted(Comparator.comparing(Award::expiresOn).thenComparing(Award::name))
                .toList();
        List<Waiting> waiting = jdbc.sql("""
                        select a.scheme_key, count(*),
                               percentile_cont(0.5) within group (order by d.decided_on - a.created_at::date),
                               percentile_cont(0.5) within group (order by d.decided_on - a.submitted_at::date)
                          from recognition_applications a
                          join (select application_id, min(decided_on) decided_on from recognition_decisions
                                 group by application_id) d on d.application_id = a.id
                         group by a.scheme_key order by a.scheme_key
                        """)
                .query((rs, n) ->
                        new Waiting(rs.getString(1), rs.getInt(2), (Double) rs.getObject(3), (Double) rs.getObject(4)))
                .list();
        return new Picture(applications, List.copyOf(phases), rows, without, expiring, waiting);
    }

    private static String phase(Award a, OrganisationFacts f) {
        if (a.kind() != OrganisationKind.SCHOOL) {
            return Phase.NURSERY.label();
        }
        return f == null || f.phase() == null ? "Unknown" : f.phase().label();
    }
}
