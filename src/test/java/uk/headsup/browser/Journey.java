package uk.headsup.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One user story through the site, in one or more browsers (one per person). After each page the story
 * reaches, it calls {@link #check}, which saves a screenshot to {@code target/screenshots/<journey>/NN-name.png}
 * and requires a clean accessibility scan, no sideways scrolling at a phone's width and no inline style or script
 * blocked by the site's Content-Security-Policy. A page the story moves past without checking fails the journey.
 */
final class Journey {

    private final Browser browser;
    private final String baseUrl;
    private final Path screenshots;
    private final List<BrowserContext> people = new ArrayList<>();
    /** Per page, the address of the document it shows that has not been checked yet. */
    private final Map<Page, String> unchecked = new IdentityHashMap<>();

    /** Per page, the inline styles and scripts the site's own Content-Security-Policy blocked. */
    private final Map<Page, List<String>> blocked = new IdentityHashMap<>();

    private final List<String> skipped = new ArrayList<>();
    private int step;

    /**
     * How long an action, a navigation or an assertion waits for the page before failing. Playwright's assertions
     * wait 5 s by default; with the suite's two test JVMs on a machine near a load average of 40, a passkey
     * registration took longer than 5 s and a sign-in page longer than 15 s. Only a failing step waits this long.
     */
    static final int STEP_TIMEOUT_MS = 30_000;

    Journey(Browser browser, String baseUrl, String name) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.screenshots = Path.of("target", "screenshots", name);
        clear(screenshots);
    }

    /** A person with a browser of their own (own cookies, so their own session), showing a blank page. */
    Page newPerson() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setViewportSize(1024, 768));
        context.setDefaultTimeout(STEP_TIMEOUT_MS);
        context.onPage(this::follow);
        people.add(context);
        return context.newPage();
    }

    /**
     * Shows an email's HTML part in a new tab of the recipient's browser, as a mail client would, and checks it
     * like a page. Its links lead into the site in that tab.
     */
    Page openEmail(Page recipient, ReceivedEmail email, String name) {
        Page tab = recipient.context().newPage();
        tab.setContent(email.html());
        check(tab, name);
        return tab;
    }

    /**
     * Saves a screenshot of the page as it stands, then requires that axe finds no WCAG 2.2 AA problem, and that at
     * the width of a small phone ({@value #PHONE_WIDTH} px) the page does not scroll sideways. Call it once the story
     * has seen the new page (asserted its heading, say), so that it is the new page that is checked.
     */
    void check(Page page, String name) {
        page.waitForLoadState();
        step++;
        String what = "%02d-%s".formatted(step, name);
        // The first screen is saved; the whole page only when asked (-Dheadsup.journey.full-screenshots=true), and
        // never for a very tall one (a 60-standard audit return is about 60,000 px): capturing whole pages is much of
        // a journey's time and no check needs it. Axe and the phone check below look at the whole page.
        boolean whole = FULL_SCREENSHOTS
                && ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue()
                        <= TALLEST_FULL_SCREENSHOT;
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(whole)
                .setTimeout(60_000)
                .setPath(screenshots.resolve(what + ".png")));
        unchecked.remove(page);
        AccessibilityScan.assertNoViolations(page, what);
        assertNoSidewaysScrollOnAPhone(page, what);
        List<String> refused = blocked.getOrDefault(page, List.of());
        assertThat(List.copyOf(refused))
                .as("what the site's Content-Security-Policy blocked on %s (%s)", what, page.url())
                .isEmpty();
    }

    static final int PHONE_WIDTH = 375;

    static final boolean FULL_SCREENSHOTS = Boolean.getBoolean("headsup.journey.full-screenshots");

    /** Pages taller than this (in CSS pixels) are saved as their first screen only. */
    static final int TALLEST_FULL_SCREENSHOT = 15_000;

    /**
     * Narrows the page to a phone's width and fails, naming the widest elements, if the document is wider than
     * the window (the page scrolls sideways); then puts the window back as it was. A wide table that scrolls inside
     * its own region does not widen the document, so it passes.
     */
    private void assertNoSidewaysScrollOnAPhone(Page page, String what) {
        if (page.url().equals("about:blank")) {
            // An email shown as its mail client would: laid out by the client in mailing's 600 px layout, not a
            // page of the site. (Making that layout narrow on a phone is still to do.)
            return;
        }
        ViewportSize before = page.viewportSize();
        page.setViewportSize(PHONE_WIDTH, before == null ? 768 : before.height);
        try {
            Object overflow = page.evaluate("""
                    () => {
                      const root = document.documentElement;
                      if (root.scrollWidth <= root.clientWidth) return null;
                      const sticksOut = e => e.getBoundingClientRect().right > root.clientWidth + 1
                        || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'
                            && e.getBoundingClientRect().left + e.scrollWidth > root.clientWidth + 1);
                      const wide = [...document.body.querySelectorAll('*')]
                        .filter(sticksOut)
                        .filter(e => ![...e.children].some(sticksOut))
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                          + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
                      return root.scrollWidth + ' px wide in a ' + root.clientWidth + ' px window; widest: ' + wide.join(', ');
                    }
                    """);
            if (overflow != null) {
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(screenshots.resolve(what + "-at-" + PHONE_WIDTH + "px.png")));
            }
            assertThat(overflow)
                    .as("%s (%s) scrolls sideways at %d px: %s", what, page.url(), PHONE_WIDTH, overflow)
                    .isNull();
        } finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
            }
        }
    }

    /**
     * Every document a page receives (not redirects) is a page of the journey to check. Responses arrive before
     * the document can be read, so by the time the story has looked at a page, its response has been counted.
     */
    private void follow(Page page) {
        page.onConsoleMessage(message -> {
            // Inline styles and scripts the policy refuses: markup the site itself wrote wrongly.
            if (message.type().equals("error")
                    && message.text().contains("Content Security Policy")
                    && message.text().contains("inline")) {
                blocked.computeIfAbsent(page, p -> new ArrayList<>()).add(message.text());
            }
        });
        page.onResponse(response -> {
            if (isNewPage(page, response)) {
                String previous = unchecked.put(page, response.url());
                if (previous != null) {
                    skipped.add(previous);
                }
            }
        });
    }

    private static boolean isNewPage(Page page, Response response) {
        int status = response.status();
        String disposition = response.headers().getOrDefault("content-disposition", "");
        return response.request().isNavigationRequest()
                && response.frame() == page.mainFrame()
                && (status < 300 || status >= 400)
                && !disposition.startsWith("attachment"); // a download, not a page
    }

    void finish(boolean passed) {
        try {
            if (passed) {
                List<String> missed = new ArrayList<>(skipped);
                missed.addAll(unchecked.values());
                assertThat(missed)
                        .as("pages the journey visited without checking them (screenshot and accessibility scan)")
                        .isEmpty();
            }
        } finally {
            people.forEach(BrowserContext::close);
        }
    }

    private static void clear(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> old = Files.list(directory)) {
                for (Path file : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
