package uk.headsup.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs browser journeys in the system's Chromium ({@link #executable()}),
 * launched once for the whole test run; Playwright never downloads a browser of its own. Each test gets a
 * {@link Journey} through the application of its Spring context.
 *
 * <p>Without Chromium the journeys are skipped on a developer's machine, but fail on CI ({@code CI=true}), so
 * that a build server without a browser cannot pass by running none of them.
 */
final class Chromium implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            String problem = "Browser journeys need Chromium at " + executable
                    + " (install it with `apt-get install chromium-headless-shell` or `chromium`, or set HEADSUP_CHROMIUM to its path)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(problem + ". On CI they must run, not be skipped.");
            }
            // Said once on the console too: a skipped class is easy to miss in a build's summary.
            context.getRoot().getStore(NAMESPACE).computeIfAbsent("skip warning", key -> {
                System.err.println("WARNING: " + problem + ". Browser journeys are skipped.");
                return true;
            });
            Assumptions.abort(problem + "; skipped.");
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(Journey.STEP_TIMEOUT_MS);
        // Once for the whole run: the root store closes it after the last test.
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(Launched.class, key -> Launched.launch(executable));
    }

    /**
     * {@code HEADSUP_CHROMIUM} if set; else Debian's {@code chromium-headless-shell} (the headless build without the
     * desktop browser's user interface: the journeys need about a third less CPU in it), else Debian's
     * {@code chromium}.
     */
    static Path executable() {
        String configured = System.getenv("HEADSUP_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return HEADLESS_SHELL.stream().filter(Files::isExecutable).findFirst().orElse(FULL_BROWSER);
    }

    private static final List<Path> HEADLESS_SHELL = List.of(Path.of("/usr/bin/chromium-headless-shell"));
    private static final Path FULL_BROWSER = Path.of("/usr/bin/chromium");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Journey.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getRoot()
                .getStore(NAMESPACE)
                .get(Launched.class, Launched.class)
                .browser();
        if (parameter.getParameter().getType() == Browser.class) {
            return browser;
        }
        String baseUrl =
                SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("headsup.base-url");
        Journey journey = new Journey(
                browser, baseUrl, kebab(context.getRequiredTestMethod().getName()));
        context.getStore(NAMESPACE).put(Journey.class, journey);
        return journey;
    }

    /** Closes the journey's browsers; if the test passed, also fails it if it skipped a page's scan. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        Journey journey = context.getStore(NAMESPACE).remove(Journey.class, Journey.class);
        if (journey != null) {
            journey.finish(context.getExecutionException().isEmpty());
        }
    }

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    static String kebab(String methodName) {
        return CAMEL.matcher(methodName).replaceAll("-").toLowerCase();
    }

    private record Launched(Playwright playwright, Browser browser) implements AutoCloseable {

        static Launched launch(Path executable) {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(executable)
                                .setHeadless(true)
                                .setArgs(ARGS));
                return new Launched(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
