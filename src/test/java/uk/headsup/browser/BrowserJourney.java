package uk.headsup.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    private static String freshDataDirectory() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "browser-journeys-data-")
                    .toAbsolutePath()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
