package uk.headsup.inclusion.internal.reports;

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
        COUNTY,
        SCHOOL,
        TRUST,
        DISTRICT,
        PROVIDER
    }

    public record Scope(ScopeKind kind, String key, String name) {

        static Scope county() {
            return new Scope(ScopeKind.COUNTY, "", "County");
        }

        String where() {
            return switch (kind) {
                case COUNTY -> "true";
                case SCHOOL -> "p.organisation_id = cast(:scope as bigint)";
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

    static final Map<String, String> KINDS =
            map("PERMANENT", "Permanent exclusion", "SUSPENSION", "Suspension", "LUNCHTIME", "Lunchtime suspension");
    static final Map<String, String> SEN =
            map("NONE", "No SEN", "SEN_SUPPORT", "SEN support", "EHC_PLAN", "EHC plan", "", "Not given yet");

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Report report(Scope scope, LocalDate from, LocalDate to, LocalDate today) {
        List<Scope> scopes = scope.kind() == ScopeKind.COUNTY ? List.of(scope) : List.of(scope, Scope.county());
        List<String> columns = scopes.stream().map(Scope::name).toList();
        List<CountTable> tables = new ArrayList<>();
        tables.add(table("Exclusions by type", columns, KINDS, scopes, "e.kind", from, to));
        tables.add(table("Exclusions by reason", columns, reasons(), scopes, "e.reason", from, to));
        tables.add(table("Exclusions by SEN status", columns, SEN, scopes, "coalesce(p.sen_status, '')", from, to));
        Map<String, String> years = new LinkedHashMap<>();
        for (int y = 0; y <= 14; y++) {
            years.put(String.valueOf(y), y == 0 ? "Reception" : "Year " + y);
        }
        years.put("", "Not given yet");
        tables.add(table(
                "Exclusions by year group", columns, years, scopes, "coalesce(p.year_group::text, '')", from, to));
        Map<String, List<Rate>> rates = new LinkedHashMap<>();
        for (Scope s : scopes) {
            rates.put(s.name(), rates(s, from, to, today));
        }
        return new Report(scope, tables, rates);
    }

    private CountTable table(
            String title,
            List<String> columns,
            Map<String, String> categories,
            List<Scope> scopes,
            String by,
            LocalDate from,
            LocalDate to) {
        List<Map<String, Long>> perScope = new ArrayList<>();
        for (Scope s : scopes) {
            Map<String, Long> counts = new LinkedHashMap<>();
            jdbc.sql("select " + by
                            + ", count(*) from inclusion_exclusions e join inclusion_pupils p on p.id = e.pupil_id"
                            + " where " + s.where() + " and e.first_day between :from and :to group by 1")
                    .param("scope", s.key())
                    .param("from", from)
                    .param("to", to)
                    .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                    .list();
            if (by.equals("e.kind") && (s.kind() == ScopeKind.COUNTY || s.kind() == ScopeKind.SCHOOL)) {
                // Pupils deleted on the retention schedule still count, anonymously.
                jdbc.sql("select kind, sum(exclusions) from inclusion_retained_counts"
                                + " where (:school = '' or organisation_id = cast(nullif(:school, '') as bigint))"
                                + " and academic_year between :fromYear and :toYear group by kind")
                        .param("school", s.kind() == ScopeKind.SCHOOL ? s.key() : "")
                        .param("fromYear", uk.headsup.inclusion.SchoolDays.academicYear(from))
                        .param("toYear", uk.headsup.inclusion.SchoolDays.academicYear(to))
                        .query((rs, n) -> counts.merge(rs.getString(1), rs.getLong(2), Long::sum))
                        .list();
            }
            perScope.add(counts);
        }
        List<String> labels = new ArrayList<>(categories.values());
        List<List<Long>> counts = new ArrayList<>();
        for (String key : categories.keySet()) {
            counts.add(perScope.stream().map(m -> m.getOrDefault(key, 0L)).toList());
        }
        return new CountTable(title, columns, labels, counts);
    }

    private List<Rate> rates(Scope s, LocalDate from, LocalDate to, LocalDate today) {
        String base = " from inclusion_exclusions e join inclusion_pupils p on p.id = e.pupil_id where " + s.where()
                + " and e.first_day between :from and :to";
        long[] sixth = two(
                "select count(*) filter (where e.sixth_day_from <= e.sixth_day_due),"
                        + " count(*) filter (where e.sixth_day_due <= :today)" + base
                        + " and e.sixth_day_due is not null",
                s,
                from,
                to,
                today);
        long[] governors = two(
                "select count(*) filter (where e.governors_held_on <= e.governors_due),"
                        + " count(*) filter (where e.governors_due <= :today or e.governors_held_on is not null)"
                        + base + " and e.governors_due is not null",
                s,
                from,
                to,
                today);
        long[] placed = two(
                "select count(*) filter (where e.new_school_place_on - e.first_day <= 60), count(*)" + base
                        + " and e.kind = 'PERMANENT' and e.new_school_place_on is not null",
                s,
                from,
                to,
                today);
        long[] outcomes = jdbc.sql("""
                        select count(*), count(*) filter (where o.english_maths_4), count(*) filter (where o.english_maths_5),
                               count(*) filter (where o.destination = 'SUSTAINED'), count(*) filter (where o.destination = 'NEET')
                          from inclusion_outcomes o join inclusion_pupils p on p.id = o.pupil_id
                         where %s and exists (select 1 from inclusion_exclusions e where e.pupil_id = p.id
                               and e.kind = 'PERMANENT' and e.first_day between :from and :to)
                        """.formatted(s.where()))
                .param("scope", s.key())
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
        return List.of(
                new Rate("Education from the sixth school day on time", sixth[0], sixth[1]),
                new Rate("Governors' consideration within 15 school days", governors[0], governors[1]),
                new Rate("Permanently excluded pupils in a new school within 60 days", placed[0], placed[1]),
                new Rate("Excluded pupils with grade 4 or above in English and maths", outcomes[1], outcomes[0]),
                new Rate("Excluded pupils with grade 5 or above in English and maths", outcomes[2], outcomes[0]),
                new Rate(
                        "Excluded pupils in sustained education, apprenticeship or work a year on",
                        outcomes[3],
                        outcomes[0]),
                new Rate(
                        "Excluded pupils not in education, employment or training a year on",
                        outcomes[4],
                        outcomes[0]));
    }

    private long[] two(String sql, Scope s, LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql(sql)
                .param("scope", s.key())
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
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

    private static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        Arrays.stream(uk.headsup.inclusion.internal.exclusions.ExclusionReasons.all())
                .forEach(r -> reasons.put(r[0], r[1]));
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
