package uk.headsup.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Heads Up as a user meets it: the whole application on a free port, with its own embedded PostgreSQL in a
 * fresh directory (so the demo county is loaded), sending email over SMTP to the test's {@link MailServer},
 * and visited in Chromium. Every journey shares this one configuration, so one application serves them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(Chromium.class)
abstract class BrowserJourney {

    private static final int PORT = FreePort.pick();
    private static final String DATA_DIRECTORY = freshDataDirectory();

    @DynamicPropertySource
    static void headsUpForTheBrowser(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("headsup.base-url", () -> "http://localhost:" + PORT);
        registry.add("headsup.data-dir", () -> DATA_DIRECTORY);
        registry.add("spring.mail.host", () -> MailServer.HOST);
        registry.add("spring.mail.port", MailServer::port);
    }

    private static final String DATA_PREFIX = "browser-journeys-data-";

    /** A new directory under target; those of earlier runs whose PostgreSQL has stopped are removed. */
    private static String freshDataDirectory() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            removeStoppedDataDirectories(target);
            return Files.createTempDirectory(target, DATA_PREFIX)
                    .toAbsolutePath()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A running PostgreSQL keeps a postmaster.pid in its data directory; a directory without one, and old enough
     * not to belong to a run that is just starting, is not in use.
     */
    private static void removeStoppedDataDirectories(Path target) throws IOException {
        Instant startingRuns = Instant.now().minus(Duration.ofMinutes(10));
        try (Stream<Path> directories = Files.list(target)) {
            for (Path old : directories
                    .filter(d -> d.getFileName().toString().startsWith(DATA_PREFIX))
                    .toList()) {
                if (!Files.exists(old.resolve("postgres/postmaster.pid"))
                        && Files.getLastModifiedTime(old).toInstant().isBefore(startingRuns)) {
                    FileSystemUtils.deleteRecursively(old);
                }
            }
        }
    }

    /** The page's main heading. */
    static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** On the password sign-in page, signs in; the caller checks where that leads. */
    static void signInWithPassword(Page page, String email, String password) {
        page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true))
                .fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        button(page, "Sign in").click();
    }
}
