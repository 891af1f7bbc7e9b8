package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * An administrator adds a new SENCo to the directory and gives them their role; the SENCo signs in with the link
 * from their email, finds their colleagues, and sees whom to contact at the authority, today and later on.
 */
class PeopleAndContactsJourneyIT extends BrowserJourney {

    static final String ADMIN_EMAIL = "priya.shah@elmshire.example";
    static final String ADMIN_PASSWORD = "heads-up-demo";
    static final String NEWCOMER = "Robin Fairley";
    static final String NEWCOMER_EMAIL = "robin.fairley@northbrook-primary.sch.example";
    static final String SCHOOL = "Northbrook Primary School";

    @Test
    void anAdministratorAddsASencoWhoSignsInAndFindsTheirColleaguesAndTheAuthorityContacts(Journey journey) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Page priya = journey.newPerson();

        priya.navigate("/sign-in/password");
        assertThat(heading(priya)).hasText("Sign in with your password");
        journey.check(priya, "password-sign-in");
        signInWithPassword(priya, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(heading(priya)).hasText("Hello, Priya Shah");
        journey.check(priya, "admin-home");

        navigation(priya, "People").click();
        assertThat(heading(priya)).hasText("People");
        journey.check(priya, "people");

        button(priya, "Add a person").click();
        assertThat(heading(priya)).hasText("Add a person");
        journey.check(priya, "add-a-person");

        // Sent with a mistyped address, the form says what is wrong, at the top and by the field.
        priya.getByLabel("Full name").fill(NEWCOMER);
        priya.getByLabel("Work email address").fill("robin.fairley@");
        button(priya, "Add person").click();
        Locator summary = priya.locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.LINK))
                .hasText(new String[] {"Enter an email address in the correct format, like name@school.sch.uk"});
        assertThat(priya).hasTitle(java.util.regex.Pattern.compile("^Error: Add a person"));
        journey.check(priya, "add-a-person-errors");

        priya.getByLabel("Work email address").fill(NEWCOMER_EMAIL);
        priya.getByLabel("Telephone (optional)").fill("01632 960444");
        priya.getByLabel("Job title (optional)").fill("Inclusion Lead and SENCo");
        button(priya, "Add person").click();
        assertThat(heading(priya)).hasText(NEWCOMER);
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText(NEWCOMER + " is in the directory");
        assertThat(priya.locator("main")).containsText("No roles yet.");
        journey.check(priya, "person-added");

        button(priya, "Add a role").click();
        assertThat(heading(priya)).hasText("Add a role");
        journey.check(priya, "add-a-role");
        priya.getByLabel("School or setting").fill("Northbrook Primary");
        button(priya, "Search").click();
        assertThat(priya.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Which school or setting?")))
                .isVisible();
        journey.check(priya, "add-a-role-search-results");

        priya.getByLabel(SCHOOL + " (URN 990001, Northbrook)").check();
        priya.getByLabel("SENCo", new Page.GetByLabelOptions().setExact(true)).check();
        Locator started =
                priya.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Started in this role on"));
        started.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
        started.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
        started.getByLabel("Year").fill(String.valueOf(today.getYear()));
        button(priya, "Add role").click();
        assertThat(heading(priya)).hasText(NEWCOMER);
        assertThat(priya.getByRole(AriaRole.ALERT)).containsText(NEWCOMER + " is SENCo at " + SCHOOL);
        Locator role = priya.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(SCHOOL));
        assertThat(role).containsText("SENCo");
        assertThat(role).containsText("Current");
        journey.check(priya, "role-added");

        navigation(priya, "Contacts").click();
        assertThat(heading(priya)).hasText("Contacts at the authority");
        assertThat(link(priya, "Teams, posts and cover arrangements")).isVisible();
        journey.check(priya, "contacts-for-authority-staff");

        // The new SENCo, in their own browser, signs in with the link from their email.
        Inbox inbox = Inbox.of(NEWCOMER_EMAIL);
        Page robin = journey.newPerson();
        robin.navigate("/sign-in");
        assertThat(heading(robin)).hasText("Sign in");
        journey.check(robin, "sign-in");
        robin.getByLabel("Work email address").fill(NEWCOMER_EMAIL);
        button(robin, "Email me a sign-in link").click();
        assertThat(heading(robin)).hasText("Check your email");
        journey.check(robin, "check-your-email");
        Page mail = journey.openEmail(robin, inbox.awaitNext(), "sign-in-email");
        link(mail, "Sign in to Heads Up").click();
        assertThat(heading(mail)).hasText("Sign in to Heads Up");
        journey.check(mail, "confirm-sign-in");
        button(mail, "Sign in").click();
        assertThat(heading(mail)).hasText("Hello, " + NEWCOMER);
        journey.check(mail, "school-home");

        navigation(mail, "Your colleagues").click();
        assertThat(heading(mail)).hasText("People at " + SCHOOL);
        Locator colleagues = mail.getByRole(AriaRole.TABLE);
        assertThat(colleagues).containsText(NEWCOMER);
        assertThat(colleagues).containsText("Amara Abbott");
        assertThat(colleagues).containsText("Headteacher");
        journey.check(mail, "your-colleagues");

        navigation(mail, "Authority contacts").click();
        assertThat(heading(mail)).hasText("Contacts at the authority");
        // Owen Reid covers the safeguarding lead's post as well as holding his own: he is listed once, with both.
        Locator owen = contactCard(mail, "Owen Reid, Safeguarding Adviser");
        assertThat(owen).hasCount(1);
        assertThat(owen).containsText("Designated safeguarding lead training");
        assertThat(owen).containsText("Main point of contact while Helen Marsh (Education Safeguarding Lead) is away");
        assertThat(owen).containsText("Safeguarding in education");
        assertThat(contactCard(mail, "Marcus Lee, Interim Early Years Inclusion Adviser"))
                .hasCount(1);
        assertThat(link(mail, "Teams, posts and cover arrangements")).hasCount(0);
        journey.check(mail, "contacts-today");

        // She finds whom to ask about the Fair Access Protocol by searching.
        mail.getByLabel("Search by name, topic or team").fill("fair access");
        button(mail, "Search").click();
        assertThat(mail.locator("main")).containsText("Contacts matching “fair access”");
        assertThat(mail.locator(".govuk-summary-card")).hasCount(1);
        assertThat(mail.locator(".govuk-summary-card")).containsText("Ruth Adeyemi");
        assertThat(mail.locator(".govuk-summary-card")).containsText("Fair Access Protocol");
        journey.check(mail, "contacts-found");
        link(mail, "Show everyone").click();
        assertThat(contactCard(mail, "Owen Reid, Safeguarding Adviser")).hasCount(1);
        journey.check(mail, "contacts-everyone-again");

        // After Helen Marsh is back, she is the contact again.
        LocalDate later = today.plusWeeks(9);
        Locator date =
                mail.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("See the contacts on another date"));
        date.getByLabel("Day").fill(String.valueOf(later.getDayOfMonth()));
        date.getByLabel("Month").fill(String.valueOf(later.getMonthValue()));
        date.getByLabel("Year").fill(String.valueOf(later.getYear()));
        button(mail, "Show contacts").click();
        assertThat(mail.locator(".govuk-inset-text")).containsText("These are the contacts on");
        assertThat(contactCard(mail, "Helen Marsh, Education Safeguarding Lead"))
                .hasCount(1);
        assertThat(mail.locator("main")).not().containsText("while Helen Marsh");
        journey.check(mail, "contacts-later");

        // Everyone else's people are not for school staff.
        mail.navigate("/directory/people");
        assertThat(heading(mail)).hasText("You cannot see this page");
        journey.check(mail, "people-forbidden");
        assertThat(mail.url()).endsWith("/directory/people");
    }

    private static Locator navigation(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator contactCard(Page page, String title) {
        return page.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(title).setExact(true))));
    }
}
