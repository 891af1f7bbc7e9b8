package uk.headsup.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The packaged application ({@code target/headsup.jar}) run as a separate process, as an operator would run it. */
public final class RunningJar implements AutoCloseable {

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("headsup.jar", "target/headsup.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after `./mvnw package`");
        }
        return jar;
    }

    /** Starts the jar with these environment variables and extra arguments; its output goes to a log file. */
    public static RunningJar start(Map<String, String> environment, String... args) throws IOException {
        return startOn(Path.of(System.getProperty("java.home"), "bin", "java"), environment, args);
    }

    /** The same on another JVM ({@code java} of another JDK). */
    public static RunningJar startOn(Path java, Map<String, String> environment, String... args) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx512m",
                // A test's application lives for seconds to a minute: the quick compiler alone is enough, and the
                // optimising one's threads would otherwise take much of a start's CPU on two cores.
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar().toString(),
                "--server.port=" + port));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("headsup-jar", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(environment);
        return new RunningJar(builder.start(), log, port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** The command line of the server JVM the launched one started (platform.FastStart), or empty if none. */
    public List<String> serverCommand() {
        return process.descendants()
                .map(child -> child.info().arguments().map(List::of).orElse(List.of()))
                .filter(arguments -> arguments.contains("-jar"))
                .findFirst()
                .orElse(List.of());
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /**
     * CPU time a start may use before it counts as failed. A first start on an empty data directory (initdb,
     * migrations, demo county) used 41 s of the JVM's CPU and a warm start 33 s on the 2-core machine at a load
     * average near 25 (docs/notes/startup.md, bench/run.sh); three times the first start. CPU time, unlike
     * wall-clock time, hardly grows when other work competes for the CPUs, so a busy machine does not fail a start
     * that is merely slow.
     */
    public static final Duration START_CPU = Duration.ofSeconds(120);

    /** A start whose JVM uses no CPU at all for this long is waiting for something that will not come. */
    public static final Duration START_STALL = Duration.ofMinutes(3);

    /**
     * Polls the health endpoint until it says UP, or fails with the application's output once the process has used
     * {@link #START_CPU} of CPU time or none at all for {@link #START_STALL}: a deadline that follows how long a start
     * really takes, however busy the machine.
     */
    public RunningJar awaitHealthy() throws Exception {
        awaitStart("was not healthy", () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Heads Up exited with " + process.exitValue() + ":\n" + output());
            }
            return isHealthy();
        });
        return this;
    }

    /** Waits for a start that is meant to fail to exit, within the same CPU budget as a start; returns its exit code. */
    public int awaitExit() throws Exception {
        awaitStart("did not exit", () -> !process.isAlive());
        return process.exitValue();
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private void awaitStart(String failure, Check check) throws Exception {
        Duration cpuSeen = Duration.ZERO;
        Instant lastProgress = Instant.now();
        while (!check.done()) {
            Duration cpu = cpu().orElse(cpuSeen);
            if (cpu.compareTo(START_CPU) > 0) {
                throw new AssertionError("Heads Up " + failure + " after " + cpu + " of CPU time (at most " + START_CPU
                        + "):\n" + output());
            }
            if (cpu.compareTo(cpuSeen) > 0) {
                cpuSeen = cpu;
                lastProgress = Instant.now();
            } else if (Instant.now().isAfter(lastProgress.plus(START_STALL))) {
                throw new AssertionError(
                        "Heads Up used no CPU for " + START_STALL + " and " + failure + ":\n" + output());
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * CPU time of the launched JVM and of the server JVM it starts (platform.FastStart), with the processes they
     * started and have not yet waited for.
     */
    private Optional<Duration> cpu() {
        Optional<Duration> own = process.info().totalCpuDuration();
        if (own.isEmpty()) {
            return own;
        }
        return Optional.of(process.descendants()
                .map(child -> child.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(own.get(), Duration::plus));
    }

    private boolean isHealthy() throws InterruptedException {
        try {
            HttpResponse<String> health = get("/actuator/health");
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false; // not listening yet
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * SIGKILL: no shutdown hook runs, nothing is cleaned up. The server JVM that the launched one started
     * (platform.FastStart) ends with it: waits for both.
     */
    public void kill() throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle child : started) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException stillThere) {
                throw new AssertionError("process " + child.pid() + " outlived the killed application", stillThere);
            }
        }
    }

    /**
     * SIGTERM: a graceful shutdown. The first stop of a build writes its class-data-sharing archive
     * (platform.FastStart), which takes seconds more.
     */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
