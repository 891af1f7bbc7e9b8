package uk.headsup.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The journeys' safety nets catch what they are there to catch; pages are served by the browser itself. */
@ExtendWith(Chromium.class)
class BrowserSupportIT {

    private static final String CLEAN = """
            <!DOCTYPE html><html lang="en-GB"><head><title>Clean</title></head>
            <body><main><h1>Clean</h1><p>Nothing wrong here.</p></main></body></html>""";
    private static final String FLAWED = """
            <!DOCTYPE html><html lang="en-GB"><head><title>Flawed</title></head>
            <body><main><h1>Flawed</h1><img src="data:," id="photo"><input id="nameless" type="text"></main></body></html>""";

    @Test
    void theAccessibilityScanNamesEachViolationItsImpactAndWhere(Browser browser) {
        try (Page page = browser.newPage()) {
            page.setContent(CLEAN);
            assertThatCode(() -> AccessibilityScan.assertNoViolations(page, "a clean page"))
                    .doesNotThrowAnyException();

            page.setContent(FLAWED);
            assertThatThrownBy(() -> AccessibilityScan.assertNoViolations(page, "a flawed page"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("2 accessibility violation(s) on a flawed page")
                    .hasMessageContaining("image-alt (critical)")
                    .hasMessageContaining("#photo")
                    .hasMessageContaining("label (critical)")
                    .hasMessageContaining("#nameless");
        }
    }

    @Test
    void aJourneyThatMovesPastAPageWithoutCheckingItFails(Browser browser) {
        Journey journey = new Journey(browser, "http://journey.test", "browser-support-self-test");
        Page page = journey.newPerson();
        page.context().route("**/*", BrowserSupportIT::serveCleanPage);

        page.navigate("/first");
        journey.check(page, "first");
        page.navigate("/second"); // not checked
        page.navigate("/third"); // not checked either

        assertThatThrownBy(() -> journey.finish(true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("http://journey.test/second")
                .hasMessageContaining("http://journey.test/third")
                .hasMessageNotContaining("/first");
    }

    private static void serveCleanPage(Route route) {
        route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(CLEAN));
    }
}
