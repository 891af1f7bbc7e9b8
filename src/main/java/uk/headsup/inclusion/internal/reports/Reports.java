package uk.headsup.inclusion.internal.reports;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.internal.exclusions.ExclusionKind;
import uk.headsup.inclusion.internal.exclusions.ExclusionReasons;
import uk.headsup.inclusion.internal.outcomes.Destination;
import uk.headsup.platform.Caches;

/**
 * Accountability for exclusions, per excluding school (as it was when it excluded), trust, district and provider,
 * next to the county's: exclusions by type, reason, SEN status and year group; days from a permanent exclusion to
 * a new school place; sixth-day provision and governors' reviews on time; KS4 results and destinations of the
 * excluded pupils. Counts are raw here; {@link CountTable} and {@link Rate} show them as the reader may see them.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** What a report is about. */
    public enum ScopeKind {
        COUNTY("County"),
        SCHOOL("Excluding schools"),
        TRUST("Trusts"),
        DISTRICT("Districts"),
        PROVIDER("Providers");

        private final String heading;

        ScopeKind(String heading) {
            this.heading = heading;
        }

        /** The heading over a list of reports of this kind. */
        public String heading() {
            return heading;
        }

        public boolean isCounty() {
            return this == COUNTY;
        }
    }

    /**
     * @param earlier for a school, the schools it succeeded (GIAS links): their pupils count as its own, as the
     *     school it was excluded them
     */
    public record Scope(ScopeKind kind, String key, String name, List<Long> earlier) {

        public Scope(ScopeKind kind, String key, String name) {
            this(kind, key, name, List.of());
        }

        public static Scope county() {
            return new Scope(ScopeKind.COUNTY, "", "County");
        }

        /** The school and those it succeeded, for {@code :schools}. */
        Long[] schools() {
            if (kind != ScopeKind.SCHOOL) {
                return new Long[0];
            }
            List<Long> all = new ArrayList<>(List.of(Long.valueOf(key)));
            all.addAll(earlier);
            return all.toArray(Long[]::new);
        }

        String where() {
            return switch (kind) {
                case COUNTY -> "true";
                case SCHOOL -> "p.organisation_id = any(:schools)";
                case TRUST -> "p.school_trust = :scope";
                case DISTRICT -> "p.school_district = :scope";
                case PROVIDER ->
                    "p.id in (select pl.pupil_id from inclusion_placements pl"
                            + " where pl.provider_id = cast(:scope as bigint))";
            };
        }
    }

    /** A report: its tables and rates, for this scope and (but for the county's own) the county beside it. */
    public record Report(Scope scope, List<CountTable> tables, Map<String, List<Rate>> rates) {}

    static final Map<String, String> KINDS = kinds();
    static final Map<String, String> SEN =
            map("NONE", "No SEN", "SEN_SUPPORT", "SEN support", "EHC_PLAN", "EHC plan", "", "Not given yet");

    private final JdbcClient jdbc;
    private final Cache<List<LocalDate>, Figures> county;

    Reports(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.county = caches.aged("inclusion-county-figures", 20, Duration.ofMinutes(1));
    }

    public Report report(Scope scope, LocalDate from, LocalDate to, LocalDate today) {
        List<Scope> scopes = scope.kind() == ScopeKind.COUNTY ? List.of(scope) : List.of(scope, Scope.county());
        List<String> columns = scopes.stream().map(Scope::name).toList();
        List<Figures> figures = new ArrayList<>();
        figures.add(figures(scope, from, to, today));
        if (scope.kind() != ScopeKind.COUNTY) {
            // The county beside another scope's figures may be up to a minute old; the county's own report is not.
            figures.add(county.get(List.of(from, to, today), k -> figures(Scope.county(), from, to, today)));
        }
        Map<String, String> years = new LinkedHashMap<>();
        for (int y = 0; y <= 14; y++) {
            years.put(String.valueOf(y), y == 0 ? "Reception" : "Year " + y);
        }
        years.put("", "Not given yet");
        List<CountTable> tables = List.of(
                table("Exclusions by type", columns, KINDS, figures, "kind"),
                table("Exclusions by reason", columns, reasons(), figures, "reason"),
                table("Exclusions by SEN status", columns, SEN, figures, "sen"),
                table("Exclusions by year group", columns, years, figures, "year"));
        if (!scope.earlier().isEmpty()) {
            tables = new ArrayList<>(tables);
            tables.add(bySchool(scope, from, to));
        }
        Map<String, List<Rate>> rates = new LinkedHashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            rates.put(scopes.get(i).name(), figures.get(i).rates());
        }
        return new Report(scope, tables, rates);
    }

    /** A school's exclusions under each school it was (itself, and those it succeeded), by their names then. */
    private CountTable bySchool(Scope s, LocalDate from, LocalDate to) {
        List<String> labels = new ArrayList<>();
        List<List<Long>> counts = new ArrayList<>();
        jdbc.sql("""
                        select p.organisation_id = cast(:scope as bigint), min(p.school_name), count(*)
                          from inclusion_exclusions e join inclusion_pupils p on p.id = e.pupil_id
                         where p.organisation_id = any(:schools) and e.first_day between :from and :to
                         group by p.organisation_id order by 1 desc, 2
                        """)
                .param("scope", s.key())
                .param("schools", s.schools())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    labels.add(rs.getString(2) + (rs.getBoolean(1) ? "" : " (predecessor)"));
                    return counts.add(List.of(rs.getLong(3)));
                })
                .list();
        return new CountTable(
                "Exclusions by the school that excluded them, as it was then", List.of(s.name()), labels, counts);
    }

    /** Forgets the county's figures kept for the column beside other reports (for the benchmark's cold runs). */
    public void forgetCounty() {
        county.invalidateAll();
    }

    /** One scope's counts by dimension ("kind", "reason", "sen", "year") and category, and its rates. */
    record Figures(Map<String, Map<String, Long>> counts, List<Rate> rates) {}

    private static CountTable table(
            String title, List<String> columns, Map<String, String> categories, List<Figures> figures, String by) {
        List<String> labels = new ArrayList<>(categories.values());
        List<List<Long>> counts = new ArrayList<>();
        for (String key : categories.keySet()) {
            counts.add(figures.stream()
                    .map(f -> f.counts().getOrDefault(by, Map.of()).getOrDefault(key, 0L))
                    .toList());
        }
        return new CountTable(title, columns, labels, counts);
    }

    /**
     * A scope's figures in two statements: every breakdown and the deadlines in one pass over its exclusions
     * (grouping sets, the deadlines counted in the grand total), then the outcomes of its excluded pupils.
     */
    private Figures figures(Scope s, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        long[] deadlines = new long[6];
        jdbc.sql("""
                        select grouping(e.kind, e.reason, coalesce(p.sen_status, ''), coalesce(p.year_group::text, '')),
                               coalesce(e.kind, e.reason, coalesce(p.sen_status, ''), coalesce(p.year_group::text, '')),
                               count(*),
                               count(*) filter (where e.sixth_day_due is not null and e.sixth_day_from <= e.sixth_day_due),
                               count(*) filter (where e.sixth_day_due <= :today),
                               count(*) filter (where e.governors_due is not null and e.governors_held_on <= e.governors_due),
                               count(*) filter (where e.governors_due is not null
                                                and (e.governors_due <= :today or e.governors_held_on is not null)),
                               count(*) filter (where e.kind = :permanent and e.new_school_place_on - e.first_day <= 60),
                               count(*) filter (where e.kind = :permanent and e.new_school_place_on is not null)
                          from inclusion_exclusions e join inclusion_pupils p on p.id = e.pupil_id
                         where %s and e.first_day between :from and :to
                         group by grouping sets ((e.kind), (e.reason), (coalesce(p.sen_status, '')),
                               (coalesce(p.year_group::text, '')), ())
                        """.formatted(s.where()))
                .param("scope", s.key())
                .param("schools", s.schools())
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .param("permanent", ExclusionKind.PERMANENT.name())
                .query((rs, n) -> {
                    // grouping(): a bit set for each of the four not grouped by, the first leftmost.
                    String dimension = switch (rs.getInt(1)) {
                        case 0b0111 -> "kind";
                        case 0b1011 -> "reason";
                        case 0b1101 -> "sen";
                        case 0b1110 -> "year";
                        default -> null;
                    };
                    if (dimension != null) {
                        counts.computeIfAbsent(dimension, k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getLong(3));
                    } else {
                        for (int i = 0; i < deadlines.length; i++) {
                            deadlines[i] = rs.getLong(4 + i);
                        }
                    }
                    return dimension;
                })
                .list();
        if (s.kind() == ScopeKind.COUNTY || s.kind() == ScopeKind.SCHOOL) {
            // Pupils deleted on the retention schedule still count, anonymously.
            Map<String, Long> kinds = counts.computeIfAbsent("kind", k -> new LinkedHashMap<>());
            jdbc.sql("select kind, sum(exclusions) from inclusion_retained_counts"
                            + " where (:county or organisation_id = any(:schools))"
                            + " and academic_year between :fromYear and :toYear group by kind")
                    .param("county", s.kind() == ScopeKind.COUNTY)
                    .param("schools", s.schools())
                    .param("fromYear", SchoolDays.academicYear(from))
                    .param("toYear", SchoolDays.academicYear(to))
                    .query((rs, n) -> kinds.merge(rs.getString(1), rs.getLong(2), Long::sum))
                    .list();
        }
        long[] outcomes = jdbc.sql("""
                        select count(*), count(*) filter (where o.english_maths_4), count(*) filter (where o.english_maths_5),
                               count(*) filter (where o.destination = :sustained), count(*) filter (where o.destination = :neet)
                          from inclusion_outcomes o join inclusion_pupils p on p.id = o.pupil_id
                         where %s and exists (select 1 from inclusion_exclusions e where e.pupil_id = p.id
                               and e.kind = :permanent and e.first_day between :from and :to)
                        """.formatted(s.where()))
                .param("scope", s.key())
                .param("schools", s.schools())
                .param("from", from)
                .param("to", to)
                .param("sustained", Destination.SUSTAINED.name())
                .param("neet", Destination.NEET.name())
                .param("permanent", ExclusionKind.PERMANENT.name())
                .query((rs, n) ->
                        new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
        return new Figures(
                counts,
                List.of(
                        new Rate("Education from the sixth school day on time", deadlines[0], deadlines[1]),
                        new Rate("Governors' consideration within 15 school days", deadlines[2], deadlines[3]),
                        new Rate(
                                "Permanently excluded pupils in a new school within 60 days",
                                deadlines[4],
                                deadlines[5]),
                        new Rate(
                                "Excluded pupils with grade 4 or above in English and maths", outcomes[1], outcomes[0]),
                        new Rate(
                                "Excluded pupils with grade 5 or above in English and maths", outcomes[2], outcomes[0]),
                        new Rate(
                                "Excluded pupils in sustained education, apprenticeship or work a year on",
                                outcomes[3],
                                outcomes[0]),
                        new Rate(
                                "Excluded pupils not in education, employment or training a year on",
                                outcomes[4],
                                outcomes[0])));
    }

    /** The excluding schools (as they were named when they excluded), trusts, districts and providers. */
    public Map<ScopeKind, List<Scope>> scopes() {
        Map<ScopeKind, List<Scope>> all = new LinkedHashMap<>();
        all.put(
                ScopeKind.SCHOOL,
                jdbc
                        .sql("select distinct on (organisation_id) organisation_id::text, school_name"
                                + " from inclusion_pupils order by organisation_id, id desc")
                        .query((rs, n) -> new Scope(ScopeKind.SCHOOL, rs.getString(1), rs.getString(2)))
                        .list()
                        .stream()
                        .sorted((a, b) -> a.name().compareTo(b.name()))
                        .toList());
        all.put(
                ScopeKind.TRUST,
                named(
                        ScopeKind.TRUST,
                        "select distinct school_trust from inclusion_pupils where school_trust is not null order by 1"));
        all.put(
                ScopeKind.DISTRICT,
                named(
                        ScopeKind.DISTRICT,
                        "select distinct school_district from inclusion_pupils where school_district is not null order by 1"));
        all.put(
                ScopeKind.PROVIDER,
                jdbc.sql("select id::text, name from inclusion_providers order by name")
                        .query((rs, n) -> new Scope(ScopeKind.PROVIDER, rs.getString(1), rs.getString(2)))
                        .list());
        return all;
    }

    public Optional<Scope> scope(ScopeKind kind, String key) {
        if (kind == ScopeKind.COUNTY) {
            return Optional.of(Scope.county());
        }
        return scopes().getOrDefault(kind, List.of()).stream()
                .filter(s -> s.key().equals(key))
                .findFirst();
    }

    private List<Scope> named(ScopeKind kind, String sql) {
        return jdbc.sql(sql).query(String.class).list().stream()
                .map(n -> new Scope(kind, n, n))
                .toList();
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(ExclusionKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
        return kinds;
    }

    private static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        Arrays.stream(ExclusionReasons.all()).forEach(r -> reasons.put(r[0], r[1]));
        return reasons;
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
