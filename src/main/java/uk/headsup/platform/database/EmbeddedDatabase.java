package uk.headsup.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that Heads Up runs itself, with its data under the data directory.
 *
 * <p>Unlike a test database it is durable: fsync, synchronous commit and full-page writes are on. A JVM
 * killed with SIGKILL leaves its postmaster running; the next start finds it through {@code
 * postmaster.pid}, stops it cleanly and starts afresh, and PostgreSQL's own crash recovery restores
 * every committed transaction. A stale pid file whose process is gone (or is not PostgreSQL) is removed.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "headsup";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    public static EmbeddedDatabase start(Path directory) throws IOException {
        stopOrphanedServer(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofMinutes(2))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
        database.createDatabaseIfMissing();
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Stops the server once this JVM has ended, however it ended, for a run that closes no context: with {@code
     * spring.context.exit=onRefresh} (the training run of a CDS archive or AOT cache, docs/operations.md) Spring ends
     * the JVM with {@code Runtime.halt} as soon as the context is refreshed, so neither a bean's destroy method nor a
     * JVM shutdown hook runs, and nothing inside the JVM can stop the server. A small shell process outside it waits
     * for the JVM to be gone and then asks the postmaster for a fast shutdown, if the pid file still names it (a
     * server stopped by the context meanwhile has removed its pid file). Not armed on other runs: there the context
     * stops the server after the pool (a shutdown hook would race it), and a JVM killed with SIGKILL leaves its server
     * for the next start to stop ({@link #stopOrphanedServer}).
     */
    void stopWhenThisJvmEnds() throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        long postmaster = readPid(pidFile).orElseThrow(() -> new IOException(pidFile + " names no process"));
        long jvm = ProcessHandle.current().pid();
        String watch = "while kill -0 %d 2>/dev/null; do sleep 0.2; done; "
                + "[ \"$(head -n 1 '%s' 2>/dev/null)\" = %d ] && kill -INT %d";
        new ProcessBuilder("sh", "-c", watch.formatted(jvm, pidFile, postmaster, postmaster))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        log.info(
                "This run ends without closing its context: embedded PostgreSQL (pid {}) stops when the JVM ends",
                postmaster);
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        postgres.close();
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IOException("Could not create the " + DATABASE + " database on the embedded server", e);
        }
    }

    /**
     * A postmaster left behind by a JVM that was killed keeps running and holds the data directory; a
     * pid file can outlive its process. Either would stop the next start, so both are cleared here.
     */
    static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of);
        if (postmaster.isEmpty() || !isPostgres(postmaster.get())) {
            log.warn("Removing stale {} (its process is gone)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle orphan = postmaster.get();
        log.warn("Embedded PostgreSQL (pid {}) was left running by an earlier process; stopping it", orphan.pid());
        orphan.destroy(); // SIGTERM: a "smart" shutdown, which waits for no one now its clients are dead
        try {
            orphan.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("Embedded PostgreSQL (pid " + orphan.pid() + ") left running by an earlier"
                    + " process did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + "s; stop it and start again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not wait for the orphaned PostgreSQL to stop", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }
}
