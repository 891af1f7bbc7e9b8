package uk.headsup.inclusion;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.HeadsUpApplication;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.inclusion.internal.exclusions.SuspensionsImport;
import uk.headsup.inclusion.internal.reports.Reports;
import uk.headsup.inclusion.internal.reports.Reports.Scope;
import uk.headsup.inclusion.internal.reports.Reports.ScopeKind;

/**
 * The inclusion module at a national size: {@value #EXCLUSIONS_DEFAULT} exclusions of 140,000 pupils at 2,000
 * schools and {@value #PLACEMENTS_DEFAULT} placements over five academic years, seeded with SQL. Measures, through
 * the module's own services (what the pages call, without rendering the HTML): a school's accountability report
 * (with the county's column beside it) for {@value #SCHOOL_SAMPLES_DEFAULT} schools at random, the county's report,
 * and a 5,000-row termly suspensions CSV checked and saved. Each is measured twice in the same run: without the
 * indexes of {@code V11_16_1} (dropped for the baseline) and with them. Not part of the test suite: run by
 * {@code bench/inclusion.sh}, which writes the figures into docs/performance.md.
 */
class InclusionBenchmark {

    static final int EXCLUSIONS_DEFAULT = 200_000;
    static final int PLACEMENTS_DEFAULT = 50_000;
    static final int SCHOOL_SAMPLES_DEFAULT = 300;
    static final int EXCLUSIONS = Integer.getInteger("bench.exclusions", EXCLUSIONS_DEFAULT);
    static final int PLACEMENTS = Integer.getInteger("bench.placements", PLACEMENTS_DEFAULT);
    static final int SCHOOL_SAMPLES = Integer.getInteger("bench.schools", SCHOOL_SAMPLES_DEFAULT);
    static final int PUPILS = EXCLUSIONS * 7 / 10;
    static final int SCHOOLS = 2_000;
    static final int CSV_ROWS = 5_000;
    static final long FIRST_SCHOOL = 9_000_000;

    /** The indexes V11_16_1 adds: dropped for the baseline, then made again as the migration makes them. */
    static final List<String> INDEXES = List.of(
            "create index inclusion_pupils_match on inclusion_pupils"
                    + " (organisation_id, lower(last_name), lower(first_name), date_of_birth)",
            "create index inclusion_pupils_trust on inclusion_pupils (school_trust)",
            "create index inclusion_pupils_district on inclusion_pupils (school_district)");

    ConfigurableApplicationContext app;
    JdbcClient jdbc;
    Reports reports;
    SuspensionsImport suspensions;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    final int thisYear = Integer.parseInt(SchoolDays.academicYear(today).substring(0, 4));
    final Random random = new Random(16);
    int csvRuns;

    record Timing(String what, List<Double> millis) {
        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }

        String row() {
            return "| %s | %d | %.1f | %.1f | %.1f |"
                    .formatted(what, millis.size(), percentile(0.5), percentile(0.95), percentile(1.0));
        }
    }

    @Test
    void reportsAndImportAtNationalSize() throws Exception {
        List<String> args = new ArrayList<>(List.of("--headsup.demo=false", "--logging.level.root=WARN"));
        String url = System.getProperty("bench.datasource");
        if (url == null || url.isBlank()) {
            args.add("--headsup.data-dir=target/bench-data/inclusion-" + java.util.UUID.randomUUID());
        } else {
            args.add("--spring.datasource.url=" + url);
            args.add("--spring.datasource.username=" + System.getProperty("bench.user", "postgres"));
        }
        app = new SpringApplicationBuilder(HeadsUpApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
        try {
            jdbc = app.getBean(JdbcClient.class);
            reports = app.getBean(Reports.class);
            suspensions = app.getBean(SuspensionsImport.class);
            long seedStart = System.nanoTime();
            seed();
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            String loadBefore = load();

            for (String index : INDEXES) {
                jdbc.sql("drop index if exists " + index.split(" ")[2]).update();
            }
            analyze();
            List<Timing> before = measure("without the new indexes");
            for (String index : INDEXES) {
                jdbc.sql(index).update();
            }
            analyze();
            List<Timing> after = measure("with them");
            write(seedSeconds, loadBefore, before, after);
        } finally {
            app.close();
        }
    }

    List<Timing> measure(String label) {
        List<Long> schools = jdbc.sql("select distinct organisation_id from inclusion_pupils"
                        + " where organisation_id between :first and :last order by 1")
                .param("first", FIRST_SCHOOL)
                .param("last", FIRST_SCHOOL + SCHOOLS)
                .query(Long.class)
                .list();
        LocalDate from = LocalDate.of(thisYear - 1, 9, 1);
        // Warm-up: the JIT, the connection pool, PostgreSQL's buffers.
        for (int i = 0; i < 30; i++) {
            schoolReport(schools.get(random.nextInt(schools.size())), from);
        }
        countyReport(from);
        List<Double> school = new ArrayList<>();
        for (int i = 0; i < SCHOOL_SAMPLES; i++) {
            long id = schools.get(random.nextInt(schools.size()));
            school.add(time(() -> schoolReport(id, from)));
        }
        List<Double> schoolCold = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long id = schools.get(random.nextInt(schools.size()));
            reports.forgetCounty();
            schoolCold.add(time(() -> schoolReport(id, from)));
        }
        List<Double> county = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            county.add(time(() -> countyReport(from)));
        }
        importCsv(1_000); // warm-up
        List<Double> csv = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            csv.add(time(() -> importCsv(CSV_ROWS)));
        }
        return List.of(
                new Timing("a school's report, county column cached (" + label + ")", school),
                new Timing("a school's report, county column computed too (" + label + ")", schoolCold),
                new Timing("the county's report (" + label + ")", county),
                new Timing("a 5,000-row suspensions CSV checked and saved (" + label + ")", csv));
    }

    Object schoolReport(long id, LocalDate from) {
        Reports.Report report =
                reports.report(new Scope(ScopeKind.SCHOOL, String.valueOf(id), "School " + id), from, today, today);
        report.tables().forEach(t -> t.shown(true));
        report.rates().values().forEach(rates -> rates.forEach(r -> r.shown(true)));
        return report;
    }

    Object countyReport(LocalDate from) {
        Reports.Report report = reports.report(new Scope(ScopeKind.COUNTY, "", "County"), from, today, today);
        report.tables().forEach(t -> t.shown(false));
        return report;
    }

    /** A new school's term of suspensions: half as many pupils as rows, each suspended twice in the autumn term. */
    Object importCsv(int rows) {
        csvRuns++;
        long id = FIRST_SCHOOL - csvRuns;
        var school = new OrganisationSummary(id, "CSV School " + csvRuns, null, "District 1", null);
        StringBuilder csv = new StringBuilder("First name,Last name,Date of birth,Type,First day,Last day,Reason\n");
        LocalDate term = LocalDate.of(thisYear, 9, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String[] reasons = {"PP", "PA", "VP", "VA", "BU", "DB", "DS", "DA", "TH", "MT", "OT"};
        for (int i = 0; i < rows; i++) {
            int pupil = i / 2;
            LocalDate first = term.plusWeeks((i % 2) * 6L + pupil % 6).plusDays(pupil % 5);
            LocalDate last = first.getDayOfWeek().getValue() < 5 ? first.plusDays(1) : first;
            csv.append("Pupil%d,Surname%d,%s,Suspension,%s,%s,%s\n"
                    .formatted(
                            pupil,
                            pupil % 997,
                            LocalDate.of(thisYear - 13, 1, 1).plusDays(pupil % 700),
                            first,
                            last,
                            reasons[i % reasons.length]));
        }
        var result = suspensions.importCsv(school, new StringReader(csv.toString()), "bench@elmshire.example", today);
        if (!result.problems().isEmpty() || result.saved() != rows) {
            throw new IllegalStateException("The benchmark's CSV was refused: "
                    + result.problems().subList(0, Math.min(5, result.problems().size())));
        }
        return result;
    }

    static double time(Supplier<Object> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    void analyze() {
        jdbc.sql("analyze inclusion_pupils, inclusion_exclusions, inclusion_placements, inclusion_outcomes")
                .update();
    }

    /** Term dates for the five years and the next; then pupils, exclusions, providers, placements, outcomes. */
    void seed() {
        for (int y = thisYear - 5; y <= thisYear + 1; y++) {
            String year = y + "-" + "%02d".formatted((y + 1) % 100);
            term(year, "Autumn term", LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 19));
            term(year, "Spring term", LocalDate.of(y + 1, 1, 5), LocalDate.of(y + 1, 3, 31));
            term(year, "Summer term", LocalDate.of(y + 1, 4, 20), LocalDate.of(y + 1, 7, 22));
        }
        jdbc.sql("""
                        insert into inclusion_pupils (organisation_id, school_urn, school_name, school_district,
                               school_trust, first_name, last_name, date_of_birth, upn, year_group, sen_status,
                               free_school_meals, looked_after, child_in_need, retain_until)
                        select :first + g % :schools, (800000 + g % :schools)::text, 'Bench school ' || g % :schools,
                               'District ' || g % 12, case when g % :schools % 3 = 0 then null else 'Trust ' || g % 300 end,
                               'Pupil' || g, 'Surname' || g % 4999, dob, null, 3 + g % 9,
                               (array['NONE', 'NONE', 'SEN_SUPPORT', 'EHC_PLAN'])[1 + g % 4],
                               g % 3 = 0, g % 50 = 0, g % 20 = 0, dob + interval '25 years'
                          from (select g, make_date(:year - 16, 1, 1) + (g % 3650) as dob
                                  from generate_series(1, :pupils) g) s
                        """)
                .param("first", FIRST_SCHOOL)
                .param("schools", SCHOOLS)
                .param("year", thisYear)
                .param("pupils", PUPILS)
                .update();
        jdbc.sql("""
                        insert into inclusion_exclusions (pupil_id, organisation_id, kind, first_day, last_day, sessions,
                               reason, account, notified_by, notified_at, completed_at, governors_due, governors_held_on,
                               governors_outcome, sixth_day_due, sixth_day_provider, sixth_day_from, new_school_place_on)
                        select p.id, p.organisation_id, kind, d, case when kind = 'SUSPENSION' then d + 1 end,
                               case when kind = 'LUNCHTIME' then 1 else 4 end,
                               (array['PP','PA','VP','VA','OW','BU','RA','LG','DS','SM','DA','DM','TH','DB','MT','PH','OT'])[1 + x.g % 17],
                               'Benchmark', 'bench@elmshire.example', d + time '12:00', d + time '15:00',
                               case when kind = 'PERMANENT' then d + 21 end,
                               case when kind = 'PERMANENT' and x.g % 4 > 0 then d + 14 + x.g % 14 end,
                               case when kind = 'PERMANENT' and x.g % 4 > 0 then 'UPHELD' end,
                               case when kind = 'PERMANENT' then d + 8 end,
                               case when kind = 'PERMANENT' then 'Bench PRU' end,
                               case when kind = 'PERMANENT' then d + 6 + x.g % 5 end,
                               case when kind = 'PERMANENT' and x.g % 3 > 0 then d + 20 + x.g % 90 end
                          from (select g, case when g % 20 = 0 then 'PERMANENT' when g % 10 = 1 then 'LUNCHTIME'
                                                else 'SUSPENSION' end as kind,
                                       current_date - 1825 + (g * 7919 % 1825) as raw
                                  from generate_series(1, :exclusions) g) x
                          cross join lateral (select x.raw - case extract(isodow from x.raw)::int when 6 then 1
                                                                when 7 then 2 else 0 end as d) dd
                          join (select id, organisation_id, row_number() over (order by id) - 1 as n
                                  from inclusion_pupils where organisation_id >= :first) p on p.n = x.g % :pupils
                        """)
                .param("year", thisYear)
                .param("exclusions", EXCLUSIONS)
                .param("pupils", PUPILS)
                .param("first", FIRST_SCHOOL)
                .update();
        jdbc.sql("""
                        insert into inclusion_providers (name, registration, commissioning)
                        select 'Bench provider ' || g, (array['REGISTERED_SCHOOL','OFSTED_REGISTERED','UNREGISTERED'])[1 + g % 3],
                               case when g % 2 = 0 then 'FRAMEWORK' else 'SPOT_PURCHASE' end
                          from generate_series(1, 300) g
                        """).update();
        jdbc.sql("""
                        insert into inclusion_placements (pupil_id, provider_id, commissioned_by, reason, starts_on,
                               planned_end, hours_a_week, weekly_cost, ended_on, destination)
                        select p.id, v.id, case when g % 2 = 0 then 'SCHOOL' else 'AUTHORITY' end,
                               (array['PERMANENT_EXCLUSION','SIXTH_DAY','PREVENTATIVE','MEDICAL'])[1 + g % 4],
                               current_date - 1825 + (g * 31 % 1825), current_date - 1825 + (g * 31 % 1825) + 84,
                               10 + g % 16, 400 + g % 600, case when g % 2 = 0 then current_date - 1825 + (g * 31 % 1825) + 80 end,
                               case when g % 2 = 0 then 'Returned to school' end
                          from generate_series(1, :placements) g
                          join (select id, row_number() over (order by id) - 1 as n from inclusion_pupils
                                 where organisation_id >= :first) p on p.n = g * 13 % :pupils
                          join (select id, row_number() over (order by id) - 1 as n from inclusion_providers
                                 where name like 'Bench provider %') v on v.n = g % 300
                        """)
                .param("year", thisYear)
                .param("placements", PLACEMENTS)
                .param("pupils", PUPILS)
                .param("first", FIRST_SCHOOL)
                .update();
        jdbc.sql("""
                        insert into inclusion_outcomes (pupil_id, ks4_year, english_maths_4, english_maths_5, destination)
                        select p.id, :year, p.id % 20 = 0, p.id % 40 = 0,
                               (array['SUSTAINED','SUSTAINED','NOT_SUSTAINED','NEET','NOT_KNOWN'])[1 + p.id % 5]
                          from inclusion_pupils p where p.organisation_id >= :first and p.id % 7 = 0
                        """).param("year", thisYear).param("first", FIRST_SCHOOL).update();
    }

    void term(String year, String name, LocalDate start, LocalDate end) {
        jdbc.sql("insert into inclusion_term_dates (academic_year, kind, name, starts_on, ends_on)"
                        + " values (:year, 'TERM', :name, :start, :end)")
                .param("year", year)
                .param("name", name)
                .param("start", start)
                .param("end", end)
                .update();
    }

    static String load() throws IOException {
        return String.join(
                " ",
                List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    void write(double seedSeconds, String loadBefore, List<Timing> before, List<Timing> after) throws IOException {
        long exclusions = jdbc.sql("select count(*) from inclusion_exclusions")
                .query(Long.class)
                .single();
        long placements = jdbc.sql("select count(*) from inclusion_placements")
                .query(Long.class)
                .single();
        long pupils = jdbc.sql("select count(*) from inclusion_pupils")
                .query(Long.class)
                .single();
        String server = jdbc.sql("show server_version").query(String.class).single();
        StringBuilder md = new StringBuilder();
        md.append("Seeded %,d exclusions of %,d pupils at %,d schools and %,d placements with 300 providers in %.0f s"
                        .formatted(exclusions, pupils, SCHOOLS, placements, seedSeconds))
                .append(" (the counts include the rows the CSV runs saved); PostgreSQL ")
                .append(server)
                .append(". Load average ")
                .append(loadBefore)
                .append(" before measuring, ")
                .append(load())
                .append(" after.\n\n");
        md.append("| what (milliseconds) | runs | median | p95 | slowest |\n|---|---|---|---|---|\n");
        for (int i = 0; i < before.size(); i++) {
            md.append(before.get(i).row()).append('\n');
            md.append(after.get(i).row()).append('\n');
        }
        Files.writeString(Path.of("target/inclusion-bench.md"), md.toString());
    }
}
