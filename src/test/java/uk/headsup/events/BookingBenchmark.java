package uk.headsup.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.HeadsUpApplication;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.bookings.PlaceStatus;

/**
 * Confirmed bookings per second for one event under a rush, next to the same number of bookings spread over as
 * many events (no contention), in the same run: Heads Up on its embedded PostgreSQL (durable settings, as
 * installed), booking through {@link BookingDesk} from {@value #THREADS} threads. Not part of the test suite: run
 * by {@code bench/events-booking.sh}, which writes the figures into docs/performance.md.
 */
class BookingBenchmark {

    static final int THREADS = Integer.getInteger("bench.threads", 32);
    static final int PLACES = Integer.getInteger("bench.places", 1000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    ConfigurableApplicationContext app;
    BookingDesk desk;
    EventPlanning planning;
    JdbcClient jdbc;
    long organisation;
    List<Long> people = new ArrayList<>();
    long postmaster;
    int poolSize;

    /**
     * CPU time so far, in milliseconds, of this JVM (the application and this driver) and of the PostgreSQL server:
     * the postmaster, its live processes (backends, WAL writer, checkpointer...) and those that have ended.
     */
    record Cpu(double jvm, double postgres) {

        static final double TICK_MS = 1000.0 / clockTicks();

        static Cpu now(long postmaster) throws IOException {
            double jvm = ((com.sun.management.OperatingSystemMXBean)
                                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1e6;
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    String[] stat = stat(proc);
                    if (stat == null) {
                        continue;
                    }
                    long pid = Long.parseLong(proc.getFileName().toString());
                    if (pid == postmaster) {
                        // its own time, and that of children it has reaped
                        ticks += Long.parseLong(stat[11])
                                + Long.parseLong(stat[12])
                                + Long.parseLong(stat[13])
                                + Long.parseLong(stat[14]);
                    } else if (Long.parseLong(stat[1]) == postmaster) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            }
            return new Cpu(jvm, ticks * TICK_MS);
        }

        /** Fields of /proc/PID/stat after the command: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
        static String[] stat(Path proc) {
            try {
                String line = Files.readString(proc.resolve("stat"));
                return line.substring(line.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException gone) {
                return null; // the process ended while we looked
            }
        }

        static long parent(long pid) {
            return Long.parseLong(stat(Path.of("/proc/" + pid))[1]);
        }

        static long clockTicks() {
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
                return Long.parseLong(new String(p.getInputStream().readAllBytes()).trim());
            } catch (IOException | NumberFormatException e) {
                return 100;
            }
        }

        double minus(Cpu earlier) {
            return jvm - earlier.jvm + postgres - earlier.postgres;
        }
    }

    /**
     * One scenario's figures: CPU is the application's JVM and every PostgreSQL process, in milliseconds per
     * request, while the requests were decided and until their emails were queued; a batch is the requests
     * decided in one transaction (bookings of one event share their {@code created_at}).
     */
    record Result(
            String scenario,
            int requests,
            int confirmed,
            int waiting,
            int errors,
            Duration took,
            double cpuDeciding,
            double cpuWithEmails,
            double perTransaction,
            String load) {
        double confirmedPerSecond() {
            return confirmed / (took.toNanos() / 1e9);
        }

        double requestsPerSecond() {
            return requests / (took.toNanos() / 1e9);
        }
    }

    @Test
    void bookingsPerSecond() throws Exception {
        app = new SpringApplicationBuilder(HeadsUpApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--headsup.data-dir=target/bench-data/" + java.util.UUID.randomUUID(),
                        "--headsup.demo=false",
                        "--logging.level.root=WARN");
        try {
            desk = app.getBean(BookingDesk.class);
            planning = app.getBean(EventPlanning.class);
            jdbc = app.getBean(JdbcClient.class);
            poolSize = app.getBean(javax.sql.DataSource.class)
                    .unwrap(com.zaxxer.hikari.HikariDataSource.class)
                    .getMaximumPoolSize();
            long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
            postmaster = Cpu.parent(backend);
            setUp(2 * PLACES);
            run("warm-up", contended(PLACES / 2, PLACES));
            List<Result> results = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                results.add(
                        run("one event, " + PLACES + " places, " + PLACES + " requests", contended(PLACES, PLACES)));
                results.add(run(
                        "one event, " + PLACES / 10 + " places, " + PLACES + " requests",
                        contended(PLACES / 10, PLACES)));
                results.add(run(PLACES + " events, one request each", uncontended(PLACES)));
            }
            write(results);
        } finally {
            app.close();
        }
    }

    void setUp(int n) {
        DirectoryRecords directory = app.getBean(DirectoryRecords.class);
        organisation = directory.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.SCHOOL,
                "Benchmark Academy",
                "998001",
                Phase.SECONDARY,
                "Academy",
                "Kingsford",
                null,
                "Kingsford",
                null));
        for (int i = 0; i < n; i++) {
            long person = directory.addPerson(
                    "Person %05d".formatted(i), "person%05d@bench.example".formatted(i), null, null);
            directory.appoint(person, organisation, OrganisationRole.SENCO, LocalDate.of(2024, 9, 1));
            people.add(person);
        }
    }

    /** {@code requests} people rush {@code places} places of one new event. */
    Rush contended(int places, int requests) {
        long event = planning.add(EventFixtures.aCourse().withPlaces(places).build(), "bench");
        List<long[]> asks = new ArrayList<>();
        List<Long> shuffled = new ArrayList<>(people.subList(0, requests));
        Collections.shuffle(shuffled, new Random(places + requests));
        shuffled.forEach(p -> asks.add(new long[] {event, p}));
        return new Rush(asks, lastBooking());
    }

    /** As many new events as requests, one request each. */
    Rush uncontended(int requests) {
        List<long[]> asks = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long event = planning.add(EventFixtures.aCourse().withPlaces(10).build(), "bench");
            asks.add(new long[] {event, people.get(i)});
        }
        return new Rush(asks, lastBooking());
    }

    record Rush(List<long[]> asks, long lastBookingBefore) {}

    /** CPU nanoseconds of this JVM's live threads, by name without its number (pool-3-thread, task, mail-worker...). */
    static Map<String, Long> threadCpu() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.TreeMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    byName.merge(
                            info.getThreadName().replaceAll("[-\\d]+$", "").replaceAll("pool-\\d+-", "pool-"),
                            cpu,
                            Long::sum);
                }
            }
        }
        return byName;
    }

    long lastBooking() {
        return jdbc.sql("select coalesce(max(id), 0) from event_bookings")
                .query(Long.class)
                .single();
    }

    Result run(String scenario, Rush rush) throws Exception {
        awaitQuiet();
        Map<String, Long> threadsBefore = threadCpu();
        Cpu before = Cpu.now(postmaster);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger waiting = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (long[] ask : rush.asks()) {
            futures.add(pool.submit(() -> {
                start.await();
                int i = people.indexOf(ask[1]);
                try {
                    var booked = desk.book(
                            new BookingDesk.Booker("person%05d@bench.example".formatted(i), "Person", false),
                            new BookingDesk.Request(
                                    ask[0], organisation, List.of(new BookingDesk.Attendee(ask[1], "", "")), ""));
                    if (booked.places().get(0).status() == PlaceStatus.CONFIRMED) {
                        confirmed.incrementAndGet();
                    } else {
                        waiting.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    if (errors.incrementAndGet() == 1) {
                        e.printStackTrace();
                    }
                }
                return null;
            }));
        }
        Instant began = Instant.now();
        start.countDown();
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        Duration took = Duration.between(began, Instant.now());
        Cpu decided = Cpu.now(postmaster);
        Map<String, Long> threadsAfter = threadCpu();
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        pool.shutdown();
        awaitQuiet();
        Cpu queued = Cpu.now(postmaster);
        int n = rush.asks().size();
        int transactions = jdbc.sql(
                        "select count(distinct (event_id, created_at)) from event_bookings where id > :after")
                .param("after", rush.lastBookingBefore())
                .query(Integer.class)
                .single();
        Result r = new Result(
                scenario,
                n,
                confirmed.get(),
                waiting.get(),
                errors.get(),
                took,
                decided.minus(before) / n,
                queued.minus(before) / n,
                transactions == 0 ? 0 : (double) (n - errors.get()) / transactions,
                load);
        System.out.printf(
                "%-45s %5d requests %5d confirmed %5d waiting %d errors in %6.2f s: %7.0f confirmed/s,"
                        + " CPU %.1f ms/request (%.1f with emails), %.1f requests per transaction, load %s%n",
                scenario,
                r.requests(),
                r.confirmed(),
                r.waiting(),
                r.errors(),
                took.toNanos() / 1e9,
                r.confirmedPerSecond(),
                r.cpuDeciding(),
                r.cpuWithEmails(),
                r.perTransaction(),
                load);
        System.out.printf(
                "    CPU ms/request while deciding: JVM %.1f, PostgreSQL %.1f; JVM by threads: %s%n",
                (decided.jvm() - before.jvm()) / n,
                (decided.postgres() - before.postgres()) / n,
                threadsAfter.entrySet().stream()
                        .map(e -> "%s %.2f"
                                .formatted(
                                        e.getKey(),
                                        (e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)) / 1e6 / n))
                        .toList());
        return r;
    }

    /** Waits for the emails of the last round to be queued and sent, so rounds do not overlap. */
    void awaitQuiet() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            int pending = jdbc.sql("""
                            select (select count(*) from event_publication where completion_date is null)
                                 + (select count(*) from outbox_messages where status = 'QUEUED')
                            """).query(Integer.class).single();
            if (pending == 0) {
                return;
            }
            Thread.sleep(200); // a benchmark pacing itself, not a test waiting for a result
        }
    }

    /** The median of one figure of one scenario over the rounds (results are three scenarios a round). */
    static double median(List<Result> results, int scenario, java.util.function.ToDoubleFunction<Result> figure) {
        List<Double> values = new ArrayList<>();
        for (int i = scenario; i < results.size(); i += 3) {
            values.add(figure.applyAsDouble(results.get(i)));
        }
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    void write(List<Result> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| round | scenario | requests | confirmed | waiting | errors | seconds | confirmed/s | requests/s"
                + " | CPU ms/request | with emails | requests/transaction | load |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            md.append("| %d | %s | %d | %d | %d | %d | %.2f | **%.0f** | %.0f | %.1f | %.1f | %.1f | %s |\n"
                    .formatted(
                            i / 3 + 1,
                            r.scenario(),
                            r.requests(),
                            r.confirmed(),
                            r.waiting(),
                            r.errors(),
                            r.took().toNanos() / 1e9,
                            r.confirmedPerSecond(),
                            r.requestsPerSecond(),
                            r.cpuDeciding(),
                            r.cpuWithEmails(),
                            r.perTransaction(),
                            r.load()));
        }
        md.append("\nMedians over the rounds: ");
        for (int s = 0; s < 3; s++) {
            // The 100-place round mostly puts people on the waiting list: its rate is decisions per second.
            md.append("%s%s: **%.0f %s/s**"
                    .formatted(
                            s == 0 ? "" : "; ",
                            results.get(s).scenario(),
                            median(results, s, s == 1 ? Result::requestsPerSecond : Result::confirmedPerSecond),
                            s == 1 ? "decided" : "confirmed"));
        }
        md.append(
                ".\n\nCPU per request, medians over the rounds (JVM + PostgreSQL, while deciding / until emails queued): ");
        for (int s = 0; s < 3; s++) {
            md.append("%s%s: %.1f / %.1f ms"
                    .formatted(
                            s == 0 ? "" : "; ",
                            results.get(s).scenario(),
                            median(results, s, Result::cpuDeciding),
                            median(results, s, Result::cpuWithEmails)));
        }
        md.append(".\n");
        Files.writeString(Path.of("target/events-booking-pool.txt"), Integer.toString(poolSize));
        Files.writeString(Path.of("target/events-booking-bench.md"), md.toString());
    }
}
