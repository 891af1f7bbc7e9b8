package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.bulletins.Bulletins;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.MailshotRequest;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Recipients;

/**
 * A SENCo and safeguarding lead at a secondary school reads an edition of Heads Up in her email: the message is
 * checked like a page (axe, WCAG 2.2 AA), shows her articles and what needs her attention, and its links lead to
 * the article on the web.
 */
class EditionEmailJourneyIT extends BrowserJourney {

    @Autowired
    Mailshots mailshots;

    @Autowired
    Bulletins bulletins;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSencoReadsHerEditionOfHeadsUp(Journey journey) {
        PublishedEdition edition = bulletins.latestEditions("heads-up", 10).stream()
                .filter(e -> e.signedBy() != null
                        && e.articles().stream().anyMatch(a -> a.title().startsWith("Fair Access Protocol")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The demo county's Heads Up with the panel dates"));
        String address = "senco." + UUID.randomUUID().toString().substring(0, 8) + "@elmbridge-academy.example";
        Inbox inbox = Inbox.of(address);
        transaction.executeWithoutResult(tx -> mailshots.start(new MailshotRequest(
                "journey-edition:" + UUID.randomUUID(),
                "bulletins.edition",
                Long.toString(edition.id()),
                "Journey: " + edition.title(),
                "series:heads-up",
                Recipients.listed(List.of(new Addressee(
                        "Amira Khan",
                        address,
                        List.of(
                                new MailshotRecipient.Post(
                                        OrganisationRole.SENCO, 1L, "Elmbridge Academy", Phase.SECONDARY),
                                new MailshotRecipient.Post(
                                        OrganisationRole.DSL, 1L, "Elmbridge Academy", Phase.SECONDARY))))),
                "journey test")));

        ReceivedEmail email = inbox.awaitNext();
        assertThat(email.subject()).startsWith(edition.title() + ", ");
        assertThat(email.text())
                .contains("Dear Amira Khan,", "WHAT NEEDS YOUR ATTENTION", "Complete the safeguarding audit by ")
                .doesNotContain("Headteachers’ conference");
        PublishedEdition.Officer contact = edition.articles().stream()
                .filter(a -> a.title().startsWith("Fair Access Protocol"))
                .findFirst()
                .orElseThrow()
                .contact();
        assertThat(email.text())
                .as("the article's contact line gives the contact's email and telephone")
                .containsPattern("Contact: " + Pattern.quote(contact.name()) + ".*, " + Pattern.quote(contact.email())
                        + (contact.phone() == null ? "" : ", " + Pattern.quote(contact.phone())));
        Page reader = journey.newPerson();
        Page mail = journey.openEmail(reader, email, "edition-email");
        assertThat(mail.locator("html")).hasAttribute("lang", "en-GB");
        assertThat(mail.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(edition.title());
        assertThat(mail.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What needs your attention")))
                .isVisible();
        assertThat(mail.locator("body")).containsText("Dear Amira Khan,");

        link(mail, "Fair Access Protocol panel dates for this year").click();
        assertThat(heading(mail)).hasText("Fair Access Protocol panel dates for this year");
        journey.check(mail, "article-from-the-email");
    }
}
