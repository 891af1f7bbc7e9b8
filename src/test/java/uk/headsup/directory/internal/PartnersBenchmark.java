package uk.headsup.directory.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.HeadsUpApplication;
import uk.headsup.directory.Partners;
import uk.headsup.directory.Partners.PartnerSuggestion;
import uk.headsup.directory.Phase;

/**
 * Partner suggestions for a lead school among the national GIAS open schools: {@value #SCHOOLS_DEFAULT} open
 * schools (three in four primary) in 300 districts laid out as a grid of 30 km squares, two in five in one of 2,400
 * academy trusts that cross districts, 1,200 clusters of ten schools over two neighbouring districts, and 2 % more
 * that are closed. Times {@link Partners#suggest} itself, as the group proposal page calls it (primary phases, 30
 * suggestions), for {@value #LEADS_DEFAULT} primary schools drawn at random after a warm-up: wall time and the
 * calling thread's CPU time. Not part of the test suite: run by {@code bench/recognition.sh}, which writes the
 * figures into docs/performance.md.
 */
class PartnersBenchmark {

    static final int SCHOOLS_DEFAULT = 24_000;
    static final int LEADS_DEFAULT = 300;
    static final int SCHOOLS = Integer.getInteger("bench.schools", SCHOOLS_DEFAULT);
    static final int LEADS = Integer.getInteger("bench.leads", LEADS_DEFAULT);
    static final int WARM_UP = 300;
    /** As the group proposal page asks (RecognitionController.SUGGESTIONS). */
    static final int SUGGESTIONS = 30;

    static final Set<Phase> PRIMARY = EnumSet.of(Phase.PRIMARY, Phase.MIDDLE_DEEMED_PRIMARY);

    @Test
    void partnerSuggestionsAmongTheNationalOpenSchools() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(HeadsUpApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--headsup.data-dir=target/bench-data/partners-" + UUID.randomUUID(),
                        "--headsup.demo=false",
                        "--logging.level.root=WARN");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long seedStarted = System.nanoTime();
            seed(jdbc);
            double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;
            Partners partners = app.getBean(Partners.class);
            List<Long> primaries = jdbc.sql("""
                            select id from organisations
                             where kind = 'SCHOOL' and status <> 'CLOSED' and phase = 'PRIMARY' and urn like 'BP%'
                             order by id
                            """).query(Long.class).list();
            List<Long> leads = new ArrayList<>(primaries);
            Collections.shuffle(leads, new Random(14));
            leads = leads.subList(0, LEADS + WARM_UP);
            for (long lead : leads.subList(LEADS, leads.size())) {
                partners.suggest(lead, PRIMARY, SUGGESTIONS);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            int short_ = 0;
            int sameDistrictFirst = 0;
            for (long lead : leads.subList(0, LEADS)) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<PartnerSuggestion> suggested = partners.suggest(lead, PRIMARY, SUGGESTIONS);
                wall.add((System.nanoTime() - t0) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
                if (suggested.size() < SUGGESTIONS) {
                    short_++;
                }
                if (!suggested.isEmpty() && suggested.get(0).sameDistrict()) {
                    sameDistrictFirst++;
                }
            }
            if (short_ > 0 || sameDistrictFirst < LEADS) {
                throw new AssertionError("%d leads had fewer than %d suggestions, %d of %d a same-district school first"
                        .formatted(short_, SUGGESTIONS, sameDistrictFirst, LEADS));
            }
            long open = jdbc.sql("select count(*) from organisations where kind = 'SCHOOL' and status <> 'CLOSED'")
                    .query(Long.class)
                    .single();
            String out = String.join(
                    "\n",
                    "open_schools=" + open,
                    "seed_s=" + "%.0f".formatted(seedSeconds),
                    "leads=" + LEADS,
                    "warm_up=" + WARM_UP,
                    "suggestions=" + SUGGESTIONS,
                    "wall_p50_ms=" + percentile(wall, 0.5),
                    "wall_p95_ms=" + percentile(wall, 0.95),
                    "wall_max_ms=" + percentile(wall, 1.0),
                    "cpu_p50_ms=" + percentile(cpu, 0.5),
                    "cpu_p95_ms=" + percentile(cpu, 0.95),
                    "server="
                            + jdbc.sql("show server_version")
                                    .query(String.class)
                                    .single(),
                    "");
            Files.writeString(Path.of("target/partners-bench.txt"), out);
        } finally {
            app.close();
        }
    }

    /**
     * The schools, trusts and clusters, in SQL. School {@code g} is in district {@code g % 300}, somewhere in that
     * district's 30 km square; primary unless {@code g % 4 = 0}.
     */
    static void seed(JdbcClient jdbc) {
        jdbc.sql("""
                        insert into organisations (kind, name, code, source)
                        select 'ACADEMY_TRUST', 'Bench trust ' || t, 'BT' || t, 'GIAS' from generate_series(1, 2400) t
                        """).update();
        jdbc.sql("""
                        with school as (
                          select g, g % 300 as d, g % 4 = 0 as secondary, g > :open as closed
                            from generate_series(1, :all) g)
                        insert into organisations (kind, name, urn, phase, status, district, source, trust_id,
                                                   easting, northing)
                        select 'SCHOOL',
                               'Bench ' || (case when secondary then 'Secondary' else 'Primary' end) || ' School ' || g,
                               case when secondary then 'BS' else 'BP' end || g,
                               case when secondary then 'SECONDARY' else 'PRIMARY' end,
                               case when closed then 'CLOSED' else 'OPEN' end,
                               'Bench district ' || d, 'GIAS',
                               case when g % 5 < 2 then (select min(id) from organisations where code = 'BT1')
                                                        + (g / 10) % 2400 end,
                               100000 + (d % 20) * 30000 + floor(random() * 30000)::int,
                               50000 + (d / 20) * 30000 + floor(random() * 30000)::int
                          from school
                        """)
                .param("open", SCHOOLS)
                .param("all", SCHOOLS + SCHOOLS / 50)
                .update();
        jdbc.sql("""
                        insert into organisations (kind, name, code, source)
                        select 'CLUSTER', 'Bench cluster ' || c, 'BC' || c, 'AUTHORITY' from generate_series(0, 1199) c
                        """).update();
        // Cluster c (0-1199) holds the open schools g of the 5 with g / 300 in band c / 300 (bands 0 to 3) in districts
        // c % 300 and the next: each such school is in two clusters, with neighbours on either side.
        jdbc.sql("""
                        insert into cluster_members (cluster_id, organisation_id)
                        select c.id, o.id
                          from generate_series(1, :open) g
                         cross join lateral (values (g / 300 / 5 * 300 + g % 300),
                                                    (g / 300 / 5 * 300 + (g % 300 + 299) % 300)) k (c)
                          join organisations o on o.urn = case when g % 4 = 0 then 'BS' else 'BP' end || g
                          join organisations c on c.kind = 'CLUSTER' and c.code = 'BC' || k.c
                         where g / 300 < 20
                        """).param("open", SCHOOLS).update();
        jdbc.sql("analyze organisations").update();
        jdbc.sql("analyze cluster_members").update();
    }

    static String percentile(List<Double> millis, double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double value = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        return "%.2f".formatted(value);
    }
}
