package uk.headsup.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** axe-core against WCAG 2.0, 2.1 and 2.2 at levels A and AA: the law for public sector websites. */
final class AccessibilityScan {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private AccessibilityScan() {}

    /** Fails, naming each violation, its impact and the elements concerned, unless axe finds none. */
    static void assertNoViolations(Page page, String what) {
        // Only violations come back in full: axe still runs every rule, but does not describe each passing node,
        // which on a long page is most of a scan's time (axe-core's own advice for speed).
        // Options given replace the builder's own, so the WCAG tags are named here too.
        AxeRunOnlyOptions wcag = new AxeRunOnlyOptions();
        wcag.setType("tag");
        wcag.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag);
        options.setResultTypes(List.of("violations"));
        // Legacy mode runs axe once in the page itself. The default mode scans each frame apart and merges the parts
        // in a new blank page into which it loads axe a second time: for frames from other origins, which Heads Up's
        // pages and emails do not have, and it cost about a third of each scan.
        AxeResults results =
                new AxeBuilder(page).options(options).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            throw new AssertionFailedError(
                    "axe could not scan " + what + " (" + page.url() + "): " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionFailedError(violations.size() + " accessibility violation(s) on " + what + " ("
                    + page.url() + "):\n"
                    + violations.stream().map(AccessibilityScan::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
                + rule.getNodes().stream().map(AccessibilityScan::describe).collect(Collectors.joining());
    }

    private static String describe(CheckedNode node) {
        return "\n    at " + node.getTarget() + ": " + node.getHtml()
                + (node.getFailureSummary() == null
                        ? ""
                        : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
    }
}
