package uk.headsup.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;
import uk.headsup.platform.database.EmbeddedDatabase;

/**
 * Starts the embedded PostgreSQL as soon as the settings are known, on its own thread, while Spring reads the
 * configuration and creates the beans before it; {@code EmbeddedDatabaseConfiguration} then takes the started server
 * instead of starting one. A warm start spends most of a second waiting for PostgreSQL (zonky's check of its
 * binaries, the postmaster's start, the first connection); overlapped, that wait is gone from the time to the first
 * page (docs/notes/startup.md, sixth round). The application's {@code main} adds it to its {@code SpringApplication},
 * because it must hear of the settings before the context exists; tests' contexts do not have it (a slice may not
 * use the embedded database at all, and a test chooses its data directory later).
 *
 * <p>It starts nothing where the configuration would not: with {@code spring.datasource.url}, or in the {@code
 * production} profile (which refuses the embedded database). A server started here that no context takes (the start
 * failed first) is stopped.
 */
public final class EarlyStart implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyStart.class);

    /** Servers being started, by their data directory, until the configuration takes them. */
    private static final Map<Path, CompletableFuture<EmbeddedDatabase>> starting = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            begin(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent || event instanceof ApplicationReadyEvent) {
            stopUntaken();
        }
    }

    private static void begin(ConfigurableEnvironment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || environment.acceptsProfiles(Profiles.of("production"))) {
            return;
        }
        Path directory = postgresDirectory(environment);
        starting.computeIfAbsent(
                directory,
                dir -> CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                long began = System.nanoTime();
                                Files.createDirectories(dir);
                                EmbeddedDatabase database = EmbeddedDatabase.start(dir);
                                log.info(
                                        "Embedded PostgreSQL started beside the application's start, in {} ms",
                                        (System.nanoTime() - began) / 1_000_000);
                                return database;
                            } catch (IOException failed) {
                                throw new UncheckedIOException(failed);
                            }
                        },
                        runnable -> {
                            Thread thread = new Thread(runnable, "embedded-postgres-start");
                            thread.setDaemon(true);
                            thread.start();
                        }));
    }

    /** Where {@code DataDirectory} puts the server: the same binding of {@code headsup.data-dir}. */
    public static Path postgresDirectory(ConfigurableEnvironment environment) {
        return Binder.get(environment)
                .bind("headsup.data-dir", Path.class)
                .orElse(Path.of("./data"))
                .toAbsolutePath()
                .normalize()
                .resolve("postgres");
    }

    /** The server started early for this directory, or one started now. */
    public static EmbeddedDatabase take(Path directory) throws IOException {
        CompletableFuture<EmbeddedDatabase> early =
                starting.remove(directory.toAbsolutePath().normalize());
        if (early == null) {
            return EmbeddedDatabase.start(directory);
        }
        try {
            return early.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
    }

    private static void stopUntaken() {
        for (Path directory : starting.keySet()) {
            CompletableFuture<EmbeddedDatabase> untaken = starting.remove(directory);
            if (untaken == null) {
                continue;
            }
            try {
                untaken.join().close();
                log.info("Stopped the embedded PostgreSQL started early for {}: no context took it", directory);
            } catch (IOException | RuntimeException failed) {
                log.warn("Could not stop the embedded PostgreSQL started early for {}", directory, failed);
            }
        }
    }
}
