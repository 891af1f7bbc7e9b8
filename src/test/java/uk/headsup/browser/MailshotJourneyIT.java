package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.mailing.Topic;
import uk.headsup.support.SignedIn;

/**
 * A reminder reaches a SENCo: the email is checked like a page; from it she chooses what she gets and unsubscribes
 * from the reminders without signing in; an officer follows the send.
 */
class MailshotJourneyIT extends BrowserJourney {

    static final String REMINDERS = "series:journey-reminders";

    @Autowired
    Mailshots mailshots;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSencoReadsAReminderChoosesHerEmailsAndAnOfficerFollowsTheSend(Journey journey) {
        String address = "senco." + UUID.randomUUID().toString().substring(0, 8) + "@oakfield-primary.example";
        mailshots.declare(new Topic(
                REMINDERS,
                Topic.Kind.SERIES,
                "Reminders from the inclusion team",
                "When a date you should know is coming",
                5));
        Inbox inbox = Inbox.of(address);
        String key = "journey:" + UUID.randomUUID();
        MailshotStarted started = transaction.execute(tx -> mailshots.startNotice(
                key,
                "Reminder: Fair Access Protocol panel dates",
                new Notice(
                        "The Fair Access Protocol panel dates",
                        "Nobody at your school has opened the panel dates yet.\n\nThe first panel meets on 14 October.",
                        "Read the panel dates",
                        "http://localhost/articles/17",
                        "article:17"),
                REMINDERS,
                Recipients.listed(List.of(Addressee.of("Amira Khan", address))),
                "journey test"));

        ReceivedEmail email = inbox.awaitNext();
        assertThat(email.subject()).isEqualTo("The Fair Access Protocol panel dates");
        assertThat(email.text()).contains("Dear Amira Khan,").contains("/email/preferences/");
        Page reader = journey.newPerson();
        Page mail = journey.openEmail(reader, email, "reminder-email");
        assertThat(mail.locator("body")).containsText("Dear Amira Khan,");
        assertThat(link(mail, "Read the panel dates").getAttribute("href")).contains("/email/click/");

        link(mail, "Choose which emails you get from Heads Up").click();
        assertThat(heading(mail)).hasText("Choose which emails you get");
        journey.check(mail, "preference-centre");
        mail.getByLabel("Reminders from the inclusion team").uncheck();
        button(mail, "Save your choices").click();
        assertThat(mail.getByText("Your choices are saved.")).isVisible();
        assertThat(mail.getByLabel("Reminders from the inclusion team")).not().isChecked();
        journey.check(mail, "preferences-saved");

        mail = journey.openEmail(reader, email, "reminder-email-again");
        link(mail, "Unsubscribe from Reminders from the inclusion team").click();
        assertThat(heading(mail)).hasText("Unsubscribe from Reminders from the inclusion team");
        journey.check(mail, "unsubscribe");
        button(mail, "Unsubscribe").click();
        assertThat(heading(mail)).hasText("You have unsubscribed");
        journey.check(mail, "unsubscribed");

        Page officer = journey.newPerson();
        officer.navigate("/sign-in/password");
        assertThat(heading(officer)).hasText("Sign in with your password");
        journey.check(officer, "password-sign-in");
        signInWithPassword(officer, SignedIn.ADMIN, SignedIn.DEMO_PASSWORD);
        assertThat(officer.getByText("Signed in as")).isVisible();
        journey.check(officer, "officer-home");
        officer.navigate("/mailing");
        assertThat(heading(officer)).hasText("Email sends");
        journey.check(officer, "email-sends");
        link(officer, "Reminder: Fair Access Protocol panel dates").click();
        assertThat(heading(officer)).hasText("Reminder: Fair Access Protocol panel dates");
        assertThat(officer.locator("[data-field=sent]")).hasText("1");
        assertThat(officer.locator("[data-field=stateLabel]")).hasText("Finished");
        journey.check(officer, "send-progress");
        assertThat(started.queued()).isEqualTo(1);
    }
}
