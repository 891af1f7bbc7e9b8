package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * An administrator keeps the directory current: arranges cover for an officer's leave, imports the early years
 * register and a people file (one refused for a missing column), and corrects someone's details.
 */
class AdministratorKeepsTheDirectoryJourneyIT extends BrowserJourney {

    static final String ADMIN_EMAIL = "priya.shah@elmshire.example";
    static final String ADMIN_PASSWORD = "heads-up-demo";
    static final String SEND_LEAD = "SEND and Inclusion Lead (0-25)";

    @Test
    void anAdministratorArrangesCoverImportsTheRegisterAndPeopleAndCorrectsSomeone(Journey journey) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Page priya = journey.newPerson();
        priya.navigate("/sign-in/password");
        assertThat(heading(priya)).hasText("Sign in with your password");
        journey.check(priya, "password-sign-in");
        signInWithPassword(priya, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(heading(priya)).hasText("Hello, Priya Shah");
        journey.check(priya, "admin-home");

        // Daniel Price will be on leave next month: Ruth Adeyemi is the main point of contact meanwhile.
        navigation(priya, "Contacts").click();
        assertThat(heading(priya)).hasText("Contacts at the authority");
        journey.check(priya, "contacts");
        link(priya, "Teams, posts and cover arrangements").click();
        assertThat(heading(priya)).hasText("Teams and posts");
        journey.check(priya, "teams");
        link(priya, SEND_LEAD).click();
        assertThat(heading(priya)).hasText(SEND_LEAD);
        assertThat(row(priya, "Ruth Adeyemi")).containsText("Acting");
        journey.check(priya, "post");

        button(priya, "Arrange cover").click();
        assertThat(heading(priya)).hasText("Arrange cover");
        journey.check(priya, "arrange-cover");
        button(priya, "Arrange cover").click();
        assertThat(priya.locator(".govuk-error-summary")).isFocused();
        assertThat(priya.locator(".govuk-error-summary")
                        .getByRole(AriaRole.LINK)
                        .first())
                .hasText("Select how they cover the post");
        journey.check(priya, "arrange-cover-errors");
        priya.getByLabel("Main point of contact while the post holder is away").check();
        // Ruth is an officer already: Priya picks her rather than typing her details.
        priya.getByLabel("Who covers it?")
                .selectOption(new SelectOption().setLabel("Ruth Adeyemi (ruth.adeyemi@elmshire.example)"));
        LocalDate from = today.plusDays(30);
        fillDate(priya, "Cover starts on", from);
        fillDate(priya, "Last day of cover (optional)", from.plusDays(14));
        priya.getByLabel("Note for colleagues (optional)").fill("While Daniel is on leave");
        button(priya, "Arrange cover").click();
        assertThat(heading(priya)).hasText(SEND_LEAD);
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText("Ruth Adeyemi covers the post of " + SEND_LEAD);
        Locator cover = row(priya, "While Daniel is on leave");
        assertThat(cover).containsText("Main point of contact while the post holder is away");
        journey.check(priya, "cover-arranged");

        // Daniel's leave is cut short.
        cover.getByRole(AriaRole.LINK).click();
        assertThat(heading(priya)).hasText("End cover by Ruth Adeyemi");
        journey.check(priya, "end-cover");
        fillDate(priya, "Last day of cover", from.minusDays(1));
        button(priya, "End cover").click();
        assertThat(priya.locator("#endsOn-error")).containsText("The end date must be on or after");
        journey.check(priya, "end-cover-errors");
        fillDate(priya, "Last day of cover", from.plusDays(7));
        button(priya, "End cover").click();
        assertThat(heading(priya)).hasText(SEND_LEAD);
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText("Ruth Adeyemi’s cover of " + SEND_LEAD + " ends on");
        journey.check(priya, "cover-ended");

        button(priya, "Appoint a post holder").click();
        assertThat(heading(priya)).hasText("Appoint a post holder");
        journey.check(priya, "appoint-post-holder");
        link(priya, "Back").click();
        assertThat(heading(priya)).hasText(SEND_LEAD);
        journey.check(priya, "post-again");
        priya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the post"))
                .click();
        assertThat(heading(priya)).hasText("Change the post");
        journey.check(priya, "change-post");
        button(priya, "Save post").click();
        assertThat(heading(priya)).hasText(SEND_LEAD);
        journey.check(priya, "post-saved");

        // The early years register, with one line that is wrong.
        priya.navigate("/directory/early-years/import");
        assertThat(heading(priya)).hasText("Import the early years register");
        journey.check(priya, "early-years-import");
        priya.getByLabel("Upload a CSV file").setInputFiles(csv("register.csv", """
                Ofsted URN,Name,Provider type,Address,Town,Postcode,District
                EY390001,Owls Nest Pre-school,Childcare on non-domestic premises,2 Mill Road,Halsey,EL8 2AB,Mereton
                EY390002,Sam Minder,Childminder,7 Chapel Row,Quenby,EL9 3CD,Stowbridge
                EY390003,Nowhere Nursery,Crèche,1 Road,,EL9 3CD,Stowbridge
                """));
        button(priya, "Import register").click();
        assertThat(heading(priya)).hasText("Early years register import");
        assertThat(summaryValue(priya, "Added")).hasText("2");
        assertThat(summaryValue(priya, "Rejected")).hasText("1");
        assertThat(row(priya, "EY390003")).containsText("Provider type ‘Crèche’ is not one of");
        journey.check(priya, "early-years-report");
        link(priya, "Back to early years imports").click();
        assertThat(priya.getByRole(AriaRole.TABLE)).containsText("2 added, 0 updated, 0 unchanged, 1 rejected");
        journey.check(priya, "early-years-imports");

        // A people file without its Role column is refused; the corrected file imports.
        navigation(priya, "People").click();
        assertThat(heading(priya)).hasText("People");
        journey.check(priya, "people");
        button(priya, "Import people from a CSV file").click();
        assertThat(heading(priya)).hasText("Import people");
        journey.check(priya, "people-import");
        priya.getByLabel("Upload a CSV file").setInputFiles(csv("staff.csv", """
                Email,Full name,Organisation URN,Start date
                jess.holt@owls-nest.example,Jess Holt,EY390001,01/09/2025
                """));
        button(priya, "Import people").click();
        assertThat(priya.locator("#file-error")).containsText("The file has no ‘Role’ column. Nothing was imported.");
        journey.check(priya, "people-import-refused");
        priya.getByLabel("Upload a CSV file").setInputFiles(csv("staff.csv", """
                Email,Full name,Organisation URN,Role,Start date
                jess.holt@owls-nest.example,Jess Holt,EY390001,Setting manager,01/09/2025
                """));
        button(priya, "Import people").click();
        assertThat(heading(priya)).hasText("People import");
        assertThat(row(priya, "jess.holt@owls-nest.example")).containsText("Setting manager at Owls Nest Pre-school");
        journey.check(priya, "people-report");

        // Jess's surname was misspelt.
        navigation(priya, "People").click();
        assertThat(heading(priya)).hasText("People");
        journey.check(priya, "people-again");
        priya.getByLabel("Name or email address").fill("jess.holt");
        button(priya, "Search").click();
        journey.check(priya, "people-search");
        link(priya, "Jess Holt").click();
        assertThat(heading(priya)).hasText("Jess Holt");
        journey.check(priya, "person");
        priya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change details"))
                .click();
        assertThat(heading(priya)).hasText("Change details of Jess Holt");
        journey.check(priya, "change-details");
        priya.getByLabel("Full name").fill("Jess Holte");
        button(priya, "Save details").click();
        assertThat(heading(priya)).hasText("Jess Holte");
        journey.check(priya, "details-saved");
        priya.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("End role as Setting manager at Owls Nest Pre-school"))
                .click();
        assertThat(heading(priya)).hasText("End role as Setting manager at Owls Nest Pre-school");
        journey.check(priya, "end-role");
    }

    private static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void fillDate(Page page, String legend, LocalDate date) {
        Locator group = page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        group.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(date.getYear()));
    }

    private static Locator navigation(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator row(Page page, String text) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator summaryValue(Page page, String key) {
        return page.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.TERM)
                                .getByText(key, new Locator.GetByTextOptions().setExact(true))))
                .locator(".govuk-summary-list__value");
    }
}
