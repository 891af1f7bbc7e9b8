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
import java.util.concurrent.TimeUnit;

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
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
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

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Polls the health endpoint until it says UP, or fails with the application's output. */
    public RunningJar awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Heads Up exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> health = get("/actuator/health");
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("Heads Up was not healthy within " + timeout + ":\n" + output());
    }

    /** Waits for the process to exit by itself, returning its exit code. */
    public int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Heads Up did not exit within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook runs, nothing is cleaned up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful shutdown. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
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
