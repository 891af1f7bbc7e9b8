package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.accounts.SignInHint;

/** School and setting staff sign in with a link from their email: no password to remember. */
class SchoolStaffSignInJourneyIT extends BrowserJourney {

    @Autowired
    List<SignInHint.Source> demoCounty;

    @Autowired
    JdbcClient database;

    @Test
    void headteacherSignsInWithTheLinkFromTheirEmail(Journey journey) {
        DemoPerson head = demoPerson("Headteacher");
        Inbox inbox = Inbox.of(head.email());
        Page browser = journey.newPerson();

        browser.navigate("/");
        assertThat(heading(browser)).hasText("Heads Up");
        journey.check(browser, "home");

        button(browser, "Sign in").click(); // the start button
        assertThat(heading(browser)).hasText("Sign in");
        journey.check(browser, "sign-in");

        browser.getByLabel("Work email address").fill(head.email());
        button(browser, "Email me a sign-in link").click();
        assertThat(heading(browser)).hasText("Check your email");
        assertThat(browser.locator("main"))
                .containsText("If " + head.email() + " is an address we know, we have sent a sign-in link to it.");
        journey.check(browser, "check-your-email");

        ReceivedEmail email = inbox.awaitNext();
        assertThat(email.subject()).isEqualTo("Your Heads Up sign-in link");
        assertThat(email.html()).as("HTML part").isNotBlank();
        assertThat(email.text()).as("plain-text part").contains("Dear " + head.name() + ",");
        Page mail = journey.openEmail(browser, email, "sign-in-email");
        assertThat(mail.locator("body")).containsText("Dear " + head.name() + ",");
        String link = link(mail, "Sign in to Heads Up").getAttribute("href");
        assertThat(email.text()).as("the plain-text part gives the same link").contains(link);

        // A mail scanner may fetch the link: the GET only shows a button, which spends the link with a POST.
        link(mail, "Sign in to Heads Up").click();
        assertThat(heading(mail)).hasText("Sign in to Heads Up");
        journey.check(mail, "confirm-sign-in");

        button(mail, "Sign in").click();
        assertThat(heading(mail)).hasText("Hello, " + head.name());
        assertThat(summaryValue(mail, "Where you work")).hasText(head.organisation());
        assertThat(summaryValue(mail, "Your roles")).hasText("Headteacher");
        journey.check(mail, "signed-in");

        button(mail, "Sign out").click();
        assertThat(mail.getByText("You have signed out.")).isVisible();
        assertThat(mail.getByText("Signed in as")).not().isVisible();
        journey.check(mail, "signed-out");

        mail.navigate(link);
        assertThat(heading(mail)).hasText("That sign-in link does not work");
        assertThat(button(mail, "Email me a new sign-in link")).isVisible();
        journey.check(mail, "link-already-used");
    }

    @Test
    void someoneWithAnUnknownAddressIsToldTheSameAndSentNothing(Journey journey) {
        String unknown = "someone@not-a-school.example";
        DemoPerson senco = demoPerson("SENCo");
        Inbox unknownInbox = Inbox.of(unknown);
        Inbox sencoInbox = Inbox.of(senco.email());
        Page browser = journey.newPerson();

        String toUnknown = askForLink(browser, journey, unknown, "unknown-address");
        String toSenco = askForLink(browser, journey, senco.email(), "known-address");
        assertThat(toUnknown.replace(unknown, "ADDRESS"))
                .as("what the page says, whether or not the address is known")
                .isEqualTo(toSenco.replace(senco.email(), "ADDRESS"));

        sencoInbox.awaitNext();
        // Nothing was put in the outbox for the unknown address, so nothing can ever be sent to it.
        assertThat(database.sql("select count(*) from outbox_messages where lower(recipient) = lower(:to)")
                        .param("to", unknown)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(unknownInbox.unread()).isZero();
    }

    private static String askForLink(Page browser, Journey journey, String address, String name) {
        browser.navigate("/sign-in");
        assertThat(heading(browser)).hasText("Sign in");
        journey.check(browser, "sign-in");
        browser.getByLabel("Work email address").fill(address);
        button(browser, "Email me a sign-in link").click();
        assertThat(heading(browser)).hasText("Check your email");
        journey.check(browser, "check-your-email-" + name);
        return browser.locator("main").innerText();
    }

    /** The value of a row of a GOV.UK summary list, found by its key. */
    private static Locator summaryValue(Page page, String key) {
        return page.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.TERM)
                                .getByText(key, new Locator.GetByTextOptions().setExact(true))))
                .locator(".govuk-summary-list__value");
    }

    record DemoPerson(String email, String name, String organisation) {}

    /** The demo person with this role whom the demo county suggests trying on the sign-in page. */
    private DemoPerson demoPerson(String role) {
        for (SignInHint.Source source : demoCounty) {
            for (SignInHint hint : source.hints()) {
                String[] who = hint.who().split(", ", 3); // name, role, school or setting
                if (hint.password() == null && who.length == 3 && who[1].equals(role)) {
                    return new DemoPerson(hint.email(), who[0], who[2]);
                }
            }
        }
        throw new IllegalStateException("The demo county suggests no " + role + " to sign in as");
    }
}
