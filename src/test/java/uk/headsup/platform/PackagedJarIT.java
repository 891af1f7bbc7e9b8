package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.headsup.support.RunningJar;

/** The packaged jar as an operator runs it: durable on its embedded database, strict about its settings. */
class PackagedJarIT {

    @TempDir
    Path data;

    @Test
    void nothingCommittedIsLostWhenTheJvmIsKilled() throws Exception {
        Map<String, String> env = Map.of("HEADSUP_DATA_DIR", data.toString());
        String marker = "committed before SIGKILL " + System.nanoTime();

        try (RunningJar first = RunningJar.start(env).awaitHealthy()) {
            assertThat(first.output()).contains("Database in use: PostgreSQL").contains("embedded server");
            execute("insert into audit_events (actor, action) values ('test', '" + marker + "')");
            assertThat(query("show fsync")).contains("on");
            first.kill();
        }
        long orphan = postmasterPid().orElseThrow();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the embedded PostgreSQL outlives a killed JVM")
                .contains(true);

        try (RunningJar second = RunningJar.start(env).awaitHealthy()) {
            assertThat(second.output()).contains("was left running by an earlier process; stopping it");
            assertThat(query("select action from audit_events where action = '" + marker + "'"))
                    .contains(marker);
            assertThat(query("select count(*) from organisations")).isNotEqualTo(List.of("0"));
            second.kill();
        }

        // Now the postmaster dies too, without a clean shutdown: it leaves a stale pid file and needs crash recovery.
        ProcessHandle.of(postmasterPid().orElseThrow()).ifPresent(ProcessHandle::destroyForcibly);
        awaitDeath(postmasterPid().orElseThrow());
        assertThat(data.resolve("postgres/postmaster.pid")).exists();

        // (In one JVM, as HEADSUP_FAST_START=false asks: the same guarantees hold without the launcher.)
        try (RunningJar third = RunningJar.start(
                        Map.of("HEADSUP_DATA_DIR", data.toString(), "HEADSUP_FAST_START", "false"))
                .awaitHealthy()) {
            assertThat(third.serverCommand())
                    .as("no second JVM when it is turned off")
                    .isEmpty();
            assertThat(query("select action from audit_events where action = '" + marker + "'"))
                    .contains(marker);
            assertThat(third.get("/").statusCode()).isEqualTo(200);
            // Once ready, the jar gives back the heap the start took (platform.IdleMemory), and still serves.
            Awaitility.await("the memory a start took is given back once it is over")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> third.output().contains("Start-up over: heap"));
            assertThat(third.get("/").statusCode()).isEqualTo(200);
            assertThat(third.stop()).as("a graceful stop").isIn(0, 143);
        }
        assertThat(postmasterPid())
                .as("a graceful stop stops the embedded database")
                .isEmpty();

        // A training run for a CDS archive or AOT cache (docs/operations.md) ends with Runtime.halt once the context
        // is refreshed: no destroy method, no shutdown hook. Its embedded database must not outlive it. (On the same
        // data directory, a warm start, to keep the suite short.)
        try (RunningJar training =
                RunningJar.start(Map.of("HEADSUP_DATA_DIR", data.toString(), "JAVA_TOOL_OPTIONS", EXIT_ON_REFRESH))) {
            assertThat(training.awaitExit())
                    .as("a training run exits by itself")
                    .isZero();
            assertThat(training.output()).contains("stops when the JVM ends");
        }
        try {
            Awaitility.await("the embedded database of a run that exits on refresh stops with it")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> postmasterPid().isEmpty());
        } finally {
            postmasterPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy); // leave none behind
        }
    }

    /**
     * {@code java -jar} runs the application as a second JVM with a class-data-sharing archive (FastStart): the first
     * graceful stop of a build writes the archive, later starts map it, and killing the launcher kills the server.
     */
    @Test
    void startsFromAClassDataSharingArchiveOnceAStopHasWrittenIt() throws Exception {
        Map<String, String> env = Map.of("HEADSUP_DATA_DIR", data.toString());
        try (RunningJar first = RunningJar.start(env).awaitHealthy()) {
            assertThat(first.serverCommand())
                    .as("the server JVM records its classes, or maps the archive an earlier stop wrote")
                    .anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit=")
                            || option.startsWith("-XX:SharedArchiveFile="));
            assertThat(first.stop()).as("a graceful stop").isIn(0, 143);
        }
        Path startDirectory = RunningJar.jar().toAbsolutePath().getParent().resolve("headsup-start");
        try (var archives = Files.find(startDirectory, 2, (path, attributes) -> path.endsWith("headsup.jsa"))) {
            assertThat(archives.toList()).as("the archive the stop wrote").hasSize(1);
        }
        try (RunningJar second = RunningJar.start(env).awaitHealthy()) {
            assertThat(second.output()).contains("classes from the class-data-sharing archive");
            assertThat(second.get("/").statusCode()).isEqualTo(200);
            second.kill(); // fails unless the server JVM ends with its launcher
        }
        try (RunningJar oneJvm = RunningJar.start(
                        Map.of("HEADSUP_DATA_DIR", data.toString(), "HEADSUP_FAST_START", "false"))
                .awaitHealthy()) {
            assertThat(oneJvm.serverCommand())
                    .as("no second JVM when it is turned off")
                    .isEmpty();
            assertThat(oneJvm.stop()).isIn(0, 143);
        }
    }

    /**
     * On JDK 25 and later the server gets an AOT cache instead (classes loaded and linked, and method profiles), made
     * the same way: by the first graceful stop. Run where a JDK 25 is installed ({@code JDK25}, or Temurin's path).
     */
    @Test
    void onJdk25StartsFromAnAotCache() throws Exception {
        Path java = Path.of(System.getenv().getOrDefault("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");
        if ("true".equals(System.getenv("CI"))) {
            // CI runs on the session's machine, which has Temurin 25: there the test must run, not pass by skipping.
            assertThat(java).as("a JDK 25 in CI (set JDK25)").isExecutable();
        }
        Assumptions.assumeTrue(Files.isExecutable(java), "no JDK 25 at " + java);
        Map<String, String> env = Map.of("HEADSUP_DATA_DIR", data.toString());
        try (RunningJar first = RunningJar.startOn(java, env).awaitHealthy()) {
            assertThat(first.serverCommand())
                    .as("the server JVM records its training run for an AOT cache")
                    .anyMatch(option -> option.startsWith("-XX:AOTCacheOutput=") || option.startsWith("-XX:AOTCache="));
            assertThat(first.output()).contains("started beside the application's start");
            assertThat(first.stop()).as("a graceful stop").isIn(0, 143);
        }
        try (RunningJar second = RunningJar.startOn(java, env).awaitHealthy()) {
            assertThat(second.serverCommand()).anyMatch(option -> option.startsWith("-XX:AOTCache="));
            assertThat(second.output()).contains("classes from the AOT cache");
            assertThat(second.get("/").statusCode()).isEqualTo(200);
            assertThat(second.stop()).isIn(0, 143);
        }
    }

    static final String EXIT_ON_REFRESH = "-Dspring.context.exit=onRefresh";

    @Test
    void theProductionProfileRefusesTheEmbeddedDatabase() throws Exception {
        try (RunningJar jar =
                RunningJar.start(Map.of("HEADSUP_DATA_DIR", data.toString(), "SPRING_PROFILES_ACTIVE", "production"))) {
            assertThat(jar.awaitExit()).isNotZero();
            assertThat(jar.output())
                    .contains("The production profile refuses to run on the embedded database")
                    .contains("SPRING_DATASOURCE_URL");
        }
        assertThat(data.resolve("postgres/PG_VERSION")).doesNotExist();
    }

    @Test
    void aWrongDatabaseUrlStopsStartUpNamingTheSetting() throws Exception {
        try (RunningJar jar = RunningJar.start(Map.of(
                "HEADSUP_DATA_DIR", data.toString(),
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/headsup",
                "SPRING_DATASOURCE_USERNAME", "nobody"))) {
            assertThat(jar.awaitExit()).isNotZero();
            assertThat(jar.output())
                    .contains(
                            "could not use the database given by spring.datasource.url = jdbc:postgresql://127.0.0.1:1/headsup")
                    .contains("SPRING_DATASOURCE_URL");
        }
    }

    private Optional<Long> postmasterPid() throws Exception {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    private static void awaitDeath(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    private String url() throws Exception {
        int port = Integer.parseInt(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .get(3)
                .trim());
        return "jdbc:postgresql://127.0.0.1:" + port + "/headsup?user=postgres";
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
