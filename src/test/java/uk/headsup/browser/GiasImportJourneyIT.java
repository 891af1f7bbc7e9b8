package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator brings the directory up to date from GIAS and reads what the import did. */
class GiasImportJourneyIT extends BrowserJourney {

    static final String ADMIN_EMAIL = "priya.shah@elmshire.example";
    static final String ADMIN_PASSWORD = "heads-up-demo";

    @TempDir
    Path files;

    @Test
    void anAdministratorUploadsGiasFilesAndReadsTheReports(Journey journey) throws IOException {
        Page priya = journey.newPerson();
        priya.navigate("/sign-in/password");
        assertThat(heading(priya)).hasText("Sign in with your password");
        journey.check(priya, "password-sign-in");
        signInWithPassword(priya, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(heading(priya)).hasText("Hello, Priya Shah");
        journey.check(priya, "admin-home");

        priya.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("GIAS imports"))
                .click();
        assertThat(heading(priya)).hasText("GIAS imports");
        assertThat(priya.locator("main")).containsText("local authority 937");
        journey.check(priya, "gias-imports");

        // Sent without a file, the form says so, at the top and by the field.
        button(priya, "Import file").click();
        assertThat(priya.locator(".govuk-error-summary")).containsText("Select a GIAS file");
        assertThat(priya).hasTitle(java.util.regex.Pattern.compile("^Error: GIAS imports"));
        journey.check(priya, "no-file");
        link(priya, "Select a GIAS file").click();
        assertThat(priya.getByLabel("Upload a GIAS file")).isFocused();

        // A file that is too large is refused, saying what the limit is, and the way back.
        priya.getByLabel("Upload a GIAS file").setInputFiles(tooLarge());
        button(priya, "Import file").click();
        assertThat(heading(priya)).hasText("The file is too large");
        assertThat(priya.locator("main")).containsText("files must be smaller than 100 MB");
        journey.check(priya, "too-large");
        link(priya, "Go back and choose another file").click();
        assertThat(heading(priya)).hasText("GIAS imports");
        journey.check(priya, "back-from-too-large");

        // A file that is not GIAS's is refused, naming the columns it lacks.
        priya.getByLabel("Upload a GIAS file").setInputFiles(fixture("missing-columns.csv"));
        button(priya, "Import file").click();
        assertThat(priya.locator("#file-error"))
                .containsText("The file has no LA (code) or EstablishmentStatus (name) columns");
        journey.check(priya, "missing-columns");

        priya.getByLabel("Upload a GIAS file").setInputFiles(fixture("edubasealldata-older.csv"));
        button(priya, "Import file").click();
        assertThat(heading(priya)).hasText("GIAS import report");
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText("8 added");
        assertThat(summaryValue(priya, "Added")).hasText("8");
        assertThat(summaryValue(priya, "Other local authorities, left out")).hasText("2");
        assertThat(priya.locator("main")).containsText("École Française d’Elmshire");
        journey.check(priya, "first-report");

        link(priya, "All GIAS imports").click();
        assertThat(heading(priya)).hasText("GIAS imports");
        journey.check(priya, "imports-after-first");
        priya.getByLabel("Upload a GIAS file").setInputFiles(fixture("bad-rows.csv"));
        button(priya, "Import file").click();
        assertThat(heading(priya)).hasText("GIAS import report");
        Locator rejected = priya.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rejected rows"));
        assertThat(rejected.getByRole(AriaRole.ROW)).hasCount(4);
        assertThat(rejected).containsText("column 12 (OpenDate) \"31-02-2019\" is not a date in the form dd-MM-yyyy");
        assertThat(rejected).containsText("it has 43 fields where the header has 45 columns");
        journey.check(priya, "rejected-rows");

        link(priya, "All GIAS imports").click();
        assertThat(heading(priya)).hasText("GIAS imports");
        journey.check(priya, "imports-after-rejected-rows");
        priya.getByLabel("Upload a GIAS file").setInputFiles(fixture("edubasealldata-newer.csv"));
        button(priya, "Import file").click();
        assertThat(heading(priya)).hasText("GIAS import report");
        assertThat(summaryValue(priya, "Closed")).hasText("1");
        Locator closed = priya.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Closed establishments"));
        assertThat(closed).containsText("Ashby Vale Secondary School");
        assertThat(closed).containsText("Status: Open, but proposed to close → Closed");
        Locator updated =
                priya.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Updated establishments"));
        assertThat(updated).containsText("Head: Mrs Amélie Durand → Dr Ravi Shah");
        assertThat(updated).containsText("Phase: Not applicable → Secondary");
        journey.check(priya, "newer-report");

        // The list of imports leads to each report.
        link(priya, "All GIAS imports").click();
        Locator rows = priya.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW);
        // the header, the three imports and the refused file, and the demo county's schools (imported at its start)
        assertThat(rows).hasCount(6);
        journey.check(priya, "imports-listed");
        rows.filter(new Locator.FilterOptions().setHasText("missing-columns.csv"))
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(heading(priya)).hasText("GIAS import report");
        assertThat(priya.locator(".govuk-warning-text")).containsText("Refused: The file has no LA (code)");
        journey.check(priya, "refused-report");

        // The imported schools are in the directory: find one, open it, and export the filtered list.
        priya.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schools and settings"))
                .click();
        assertThat(heading(priya)).hasText("Schools and settings");
        journey.check(priya, "schools-and-settings");
        priya.getByLabel("Name, URN, town or postcode").fill("école");
        button(priya, "Apply filters").click();
        assertThat(priya.locator("main")).containsText("1 organisation");
        journey.check(priya, "found");
        link(priya, "École Française d’Elmshire").click();
        assertThat(heading(priya)).hasText("École Française d’Elmshire");
        assertThat(priya.locator("main")).containsText("Head (from GIAS)");
        priya.getByText("All details from GIAS").click();
        assertThat(priya.locator("main")).containsText("EstablishmentName");
        journey.check(priya, "school");

        priya.goBack();
        assertThat(heading(priya)).hasText("Schools and settings");
        journey.check(priya, "back-to-list");
        priya.getByLabel("Name, URN, town or postcode").fill("");
        priya.getByLabel("Phase").selectOption("SECONDARY");
        button(priya, "Apply filters").click();
        journey.check(priya, "secondary-schools");
        com.microsoft.playwright.Download download = priya.waitForDownload(
                () -> link(priya, "Download this list as a spreadsheet (CSV)").click());
        String csv = Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).startsWith("organisations-").endsWith(".csv");
        assertThat(csv)
                .startsWith("\uFEFFURN,Name,Kind,Phase")
                .contains("Kingsford Academy")
                .doesNotContain("Northbrook Primary School");
        assertThat(csv.lines().skip(1)).allMatch(line -> line.contains(",Secondary,"));
    }

    private static Locator summaryValue(Page page, String key) {
        return page.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".govuk-summary-list__key")
                                .getByText(key, new Locator.GetByTextOptions().setExact(true))))
                .locator(".govuk-summary-list__value");
    }

    private Path fixture(String name) throws IOException {
        Path file = files.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = GiasImportJourneyIT.class.getResourceAsStream("/gias/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, file);
            }
        }
        return file;
    }

    /** Just over the 100 MB the page accepts (a sparse file: nothing is written but its end). */
    private Path tooLarge() throws IOException {
        Path file = files.resolve("edubasealldata-too-large.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024 + 1024);
        }
        return file;
    }
}
