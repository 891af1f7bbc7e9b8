package uk.headsup.safeguarding.internal.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.HeadsUpApplication;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.FrameworkJson;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.rounds.ReturnFilter;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/**
 * The safeguarding audit at ten times a large county: {@value #SCHOOLS} schools (a DSL and a head each), a framework
 * of 60 standards, three rounds of returns (two accepted, the current one two-thirds returned). Measures the county
 * analysis with {@value #OFFICERS} officers at once, the one-click reminder to the non-returners, and saving one
 * answer with {@value #DSLS} DSLs at once. Not part of the test suite: run by {@code bench/safeguarding-audit.sh},
 * which writes the figures into docs/performance.md.
 */
class AuditBenchmark {

    static final int SCHOOLS = Integer.getInteger("bench.schools", 2500);
    static final int OFFICERS = 4;
    static final int DSLS = 50;
    static final int ANALYSES = Integer.getInteger("bench.analyses", 20);
    static final int SAVES = Integer.getInteger("bench.saves", 20);

    @Test
    void auditAtTenTimesALargeCounty() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(HeadsUpApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--headsup.data-dir=target/bench-data/" + java.util.UUID.randomUUID(),
                        "--headsup.demo=false",
                        "--logging.level.root=WARN");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long setUpStarted = System.nanoTime();
            List<Long> schools = schools(app.getBean(DirectoryRecords.class));
            Frameworks frameworks = app.getBean(Frameworks.class);
            FrameworkVersion version = frameworks.add(RoundDesk.FRAMEWORK, FrameworkJson.read(framework()), "bench");
            RoundDesk desk = app.getBean(RoundDesk.class);
            LocalDate today = LocalDate.now(UkTime.UK);
            List<Long> rounds = new ArrayList<>();
            for (int year = 2; year >= 0; year--) {
                long v = year == 2
                        ? version.id()
                        : frameworks.copy(version.id(), "bench").id();
                long round = desk.open(
                        "Audit " + (today.getYear() - year),
                        v,
                        today.minusYears(year).plusWeeks(3),
                        today.minusYears(year).plusWeeks(7),
                        false,
                        "bench",
                        false);
                answers(jdbc, round, v, year == 0);
                rounds.add(round);
            }
            Duration setUp = Duration.ofNanos(System.nanoTime() - setUpStarted);
            Round current = app.getBean(Rounds.class).round(rounds.get(2)).orElseThrow();
            long ratings = jdbc.sql("select count(*) from assessment_answers")
                    .query(Long.class)
                    .single();

            Analysis analysis = app.getBean(Analysis.class);
            ReturnFilter all = new ReturnFilter(null, null, null, null);
            analysis.of(current, all); // warm-up
            List<Long> analysisMs = concurrently(OFFICERS, ANALYSES, i -> {
                analysis.of(current, all);
                return null;
            });
            List<Long> analysisCpu = List.copyOf(cpu);
            // One officer alone, after the others: the same page without waiting for the CPU the others hold.
            List<Long> aloneMs = concurrently(1, ANALYSES, i -> {
                analysis.of(current, all);
                return null;
            });
            // The analysis is kept while nothing it counts changes: the views above are mostly kept pictures. Here a
            // sign-off moves before each view (one small update, inside the timing), so each is worked out afresh.
            long signed = jdbc.sql(
                            "select min(id) from safeguarding_returns where round_id = :r and signed_off_at is not null")
                    .param("r", current.id())
                    .query(Long.class)
                    .single();
            List<Long> changedMs = concurrently(1, ANALYSES, i -> {
                jdbc.sql("update safeguarding_returns set signed_off_at = clock_timestamp() where id = :id")
                        .param("id", signed)
                        .update();
                analysis.of(current, all);
                return null;
            });
            List<Long> changedCpu = List.copyOf(cpu);

            long chaseStarted = System.nanoTime();
            long chaseCpu0 =
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            MailshotStarted chased = desk.chase(current, "bench", today);
            double chaseMs = (System.nanoTime() - chaseStarted) / 1e6;
            double chaseCpuMs =
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - chaseCpu0)
                            / 1e6;
            long outstanding = desk.rows(current).stream()
                    .filter(r -> r.state().outstanding())
                    .count();

            Responses responses = app.getBean(Responses.class);
            List<Long> inProgress = jdbc.sql(
                            "select id from assessment_responses where version_id = :v and state = 'IN_PROGRESS'"
                                    + " order by id limit :n")
                    .param("v", current.versionId())
                    .param("n", DSLS)
                    .query(Long.class)
                    .list();
            // Each DSL's page knows the revision it last saved (as the autosave script does): only the save is timed.
            Map<Long, Integer> revisions = new java.util.concurrent.ConcurrentHashMap<>();
            for (long response : inProgress) {
                Answer now = responses.answers(response).get("1.1");
                revisions.put(response, now == null ? 0 : now.revision());
            }
            List<Long> saveMs = concurrently(DSLS, SAVES, i -> {
                long response = inProgress.get((i / SAVES) % inProgress.size());
                Answer.Saved saved = responses.save(
                        response,
                        new Answer.Edit(
                                "1.1", revisions.get(response), "amber", "Saved by the benchmark " + i, Map.of()),
                        new Actor("dsl" + response + "@bench.example", "DSL"));
                if (!(saved instanceof Answer.Stored stored)) {
                    throw new IllegalStateException("A benchmark save met a conflict: " + saved);
                }
                revisions.put(response, stored.answer().revision());
                return null;
            });
            List<Long> saveCpu = List.copyOf(cpu);
            // The same 50 DSLs as autosave meets them: each saves once a second while typing (50 saves a second in
            // all, starts spread over the second), instead of all saving back to back with no pause at all.
            List<Long> pacedMs = paced(DSLS, SAVES, 1000, i -> {
                long response = inProgress.get((i / SAVES) % inProgress.size());
                Answer.Saved saved = responses.save(
                        response,
                        new Answer.Edit("1.1", revisions.get(response), "green", "Typed, then saved " + i, Map.of()),
                        new Actor("dsl" + response + "@bench.example", "DSL"));
                if (!(saved instanceof Answer.Stored stored)) {
                    throw new IllegalStateException("A benchmark save met a conflict: " + saved);
                }
                revisions.put(response, stored.answer().revision());
                return null;
            });

            String out = """
                    schools=%d
                    ratings=%d
                    setup_s=%.0f
                    analysis_p50_ms=%.1f
                    analysis_p95_ms=%.1f
                    analysis_runs=%d
                    analysis_cpu_p50_ms=%.1f
                    analysis_cpu_p95_ms=%.1f
                    analysis_alone_p50_ms=%.1f
                    analysis_alone_p95_ms=%.1f
                    analysis_alone_runs=%d
                    analysis_changed_p50_ms=%.1f
                    analysis_changed_p95_ms=%.1f
                    analysis_changed_cpu_p50_ms=%.1f
                    analysis_changed_cpu_p95_ms=%.1f
                    chase_ms=%.0f
                    chase_cpu_ms=%.0f
                    chase_outstanding=%d
                    chase_queued=%d
                    save_p50_ms=%.1f
                    save_p95_ms=%.1f
                    save_runs=%d
                    save_cpu_p50_ms=%.1f
                    save_cpu_p95_ms=%.1f
                    save_paced_p50_ms=%.1f
                    save_paced_p95_ms=%.1f
                    save_paced_runs=%d
                    """.formatted(
                            SCHOOLS,
                            ratings,
                            setUp.toMillis() / 1000.0,
                            percentile(analysisMs, 50),
                            percentile(analysisMs, 95),
                            analysisMs.size(),
                            percentile(analysisCpu, 50),
                            percentile(analysisCpu, 95),
                            percentile(aloneMs, 50),
                            percentile(aloneMs, 95),
                            aloneMs.size(),
                            percentile(changedMs, 50),
                            percentile(changedMs, 95),
                            percentile(changedCpu, 50),
                            percentile(changedCpu, 95),
                            chaseMs,
                            chaseCpuMs,
                            outstanding,
                            chased.queued(),
                            percentile(saveMs, 50),
                            percentile(saveMs, 95),
                            saveMs.size(),
                            percentile(saveCpu, 50),
                            percentile(saveCpu, 95),
                            percentile(pacedMs, 50),
                            percentile(pacedMs, 95),
                            pacedMs.size());
            Files.writeString(Path.of("target/safeguarding-audit-bench.txt"), out);
            System.out.println(out);
        } finally {
            app.close();
        }
    }

    /** Schools in 10 districts and three phases, each with a DSL and a headteacher. */
    private static List<Long> schools(DirectoryRecords directory) {
        Phase[] phases = {Phase.PRIMARY, Phase.SECONDARY, Phase.NURSERY};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            long school = directory.addOrganisation(new DirectoryRecords.NewOrganisation(
                    OrganisationKind.SCHOOL,
                    "School %04d".formatted(i),
                    String.valueOf(900000 + i),
                    phases[i % 3],
                    i % 4 == 0 ? "Academy converter" : "Community school",
                    "District " + (i % 10),
                    null,
                    "Town " + (i % 10),
                    null));
            for (OrganisationRole role : List.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER)) {
                long person = directory.addPerson(
                        role.label() + " " + i, role.name().toLowerCase() + i + "@bench.example", null, null);
                directory.appoint(person, school, role, LocalDate.of(2020, 9, 1));
            }
            ids.add(school);
        }
        return ids;
    }

    /** 12 sections of 5 standards on the red, amber, green scale; one numeric question. */
    private static String framework() {
        StringBuilder json = new StringBuilder("{\"title\": \"Benchmark audit\", \"sections\": [");
        for (int s = 1; s <= 12; s++) {
            json.append(s > 1 ? "," : "")
                    .append("{\"number\": \"")
                    .append(s)
                    .append("\", \"title\": \"Section ")
                    .append(s)
                    .append("\", \"standards\": [");
            for (int t = 1; t <= 5; t++) {
                json.append(t > 1 ? "," : "")
                        .append("{\"number\": \"")
                        .append(s)
                        .append('.')
                        .append(t)
                        .append("\", \"statement\": \"Standard ")
                        .append(s)
                        .append('.')
                        .append(t)
                        .append("\", \"statutory\": true, \"scale\": \"rag\"")
                        .append(
                                s == 5 && t == 1
                                        ? ", \"questions\": [{\"key\": \"referrals\", \"label\": \"Referrals\"}]"
                                        : "")
                        .append('}');
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /**
     * Every return answered in bulk: past rounds accepted; in the current one a third not started, a sixth in
     * progress, the rest submitted and signed off. Ratings mostly green, some amber, a few red.
     */
    private static void answers(JdbcClient jdbc, long round, long version, boolean current) {
        jdbc.sql("""
                        insert into assessment_responses (version_id, owner_kind, owner_id, owner_name, owner_type, state,
                            started_by, submitted_at)
                        select :version, 'organisation', r.organisation_id, r.organisation_name, r.organisation_type,
                               case when not :current then 'ACCEPTED'
                                    when r.id % 6 = 1 then 'IN_PROGRESS' else 'SUBMITTED' end,
                               'bench', case when not :current or r.id % 6 <> 1 then now() end
                        from safeguarding_returns r
                        where r.round_id = :round and (not :current or r.id % 3 <> 0)
                        """)
                .param("version", version)
                .param("current", current)
                .param("round", round)
                .update();
        jdbc.sql("""
                        update safeguarding_returns r set response_id = s.id,
                            signed_off_at = case when s.state <> 'IN_PROGRESS' then now() end
                        from assessment_responses s
                        where r.round_id = :round and s.version_id = :version and s.owner_id = r.organisation_id
                        """).param("round", round).param("version", version).update();
        jdbc.sql("""
                        insert into assessment_answers (response_id, standard, rating, narrative, numbers, revision,
                            updated_by, updated_by_name)
                        select s.id, sec || '.' || std,
                               case when (s.id * 7 + sec * 5 + std) % 20 = 0 then 'red'
                                    when (s.id * 3 + sec + std) % 5 = 0 then 'amber' else 'green' end,
                               'How we know', case when sec = 5 and std = 1
                                    then jsonb_build_object('referrals', s.id % 9) else '{}'::jsonb end,
                               1, 'bench', 'Bench'
                        from assessment_responses s, generate_series(1, 12) sec, generate_series(1, 5) std
                        where s.version_id = :version
                        """).param("version", version).update();
    }

    interface Task {
        Object run(int i) throws Exception;
    }

    /** The JVM CPU time (this thread's, in microseconds) of each task the last {@link #concurrently} call ran. */
    private static final List<Long> cpu = Collections.synchronizedList(new ArrayList<>());

    /**
     * Runs {@code each} tasks on each of {@code threads} threads released together; the wall time of each in
     * microseconds (and its thread's CPU time into {@link #cpu}).
     */
    private static List<Long> concurrently(int threads, int each, Task task) throws Exception {
        cpu.clear();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<List<Long>> work = () -> {
                start.await();
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    long started = System.nanoTime();
                    long cpuStarted = mx.getCurrentThreadCpuTime();
                    task.run(thread * each + i);
                    times.add((System.nanoTime() - started) / 1000);
                    cpu.add((mx.getCurrentThreadCpuTime() - cpuStarted) / 1000);
                }
                return times;
            };
            futures.add(pool.submit(work));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    /**
     * Each of {@code threads} runs the task {@code each} times, once every {@code periodMs}, the threads' first runs
     * spread evenly over the first period; returns the task's times in microseconds.
     */
    private static List<Long> paced(int threads, int each, long periodMs, Task task) throws Exception {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(threads);
        List<ScheduledFuture<Long>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long offsetMicros = periodMs * 1000 * t / threads;
            for (int i = 0; i < each; i++) {
                int run = t * each + i;
                runs.add(clock.schedule(
                        () -> {
                            long started = System.nanoTime();
                            task.run(run);
                            return (System.nanoTime() - started) / 1000;
                        },
                        100_000 + offsetMicros + i * periodMs * 1000,
                        TimeUnit.MICROSECONDS));
            }
        }
        List<Long> all = new ArrayList<>();
        for (ScheduledFuture<Long> r : runs) {
            all.add(r.get());
        }
        clock.shutdown();
        return all;
    }

    /** The percentile of times in microseconds, in milliseconds. */
    private static double percentile(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
