package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;

/**
 * A childminder's Kitemark: the early years register's import gives their Ofsted grade, which makes them eligible;
 * they apply without agreeing to be listed, the panel awards, they download the certificate, and appear on the
 * public register only once they agree; the awards ceremony invites them.
 */
class RecognitionKitemarkJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient database;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Responses responses;

    @Test
    void aChildminderIsEligibleFromTheImportedGradeAwardedAndListedOnlyOnceTheyAgree(Journey journey) throws Exception {
        Map<String, Object> minder = database.sql("""
                        select o.id, o.urn, o.name, coalesce(o.street, '') street, coalesce(o.postcode, '') postcode,
                               coalesce(o.district, '') district, p.email, p.full_name
                          from organisations o join appointments a on a.organisation_id = o.id
                          join people p on p.id = a.person_id
                         where o.kind = 'CHILDMINDER' and o.status <> 'CLOSED' and a.role = 'CHILDMINDER'
                           and a.ends_on is null and o.urn is not null
                           and not exists (select 1 from recognition_members m where m.organisation_id = o.id)
                         order by o.id limit 1
                        """).query().singleRow();
        String name = (String) minder.get("name");
        String email = (String) minder.get("email");

        // The schemes officer's colleague imports the early years register: the childminder is graded Good.
        Page priya = journey.newPerson();
        priya.navigate("/sign-in/password");
        journey.check(priya, "officer-sign-in");
        signInWithPassword(priya, "priya.shah@elmshire.example", "heads-up-demo");
        assertThat(heading(priya)).hasText("Hello, Priya Shah");
        journey.check(priya, "officer-home");
        priya.navigate("/directory/early-years/import");
        assertThat(heading(priya)).hasText("Import the early years register");
        journey.check(priya, "register-import");
        priya.getByLabel("Upload a CSV file")
                .setInputFiles(new FilePayload(
                        "register.csv",
                        "text/csv",
                        ("Ofsted URN,Name,Provider type,Address,Town,Postcode,District,Ofsted grade,Inspection date\r\n"
                                        + minder.get("urn") + ",\"" + name + "\",Childminder,\"" + minder.get("street")
                                        + "\",," + minder.get("postcode") + "," + minder.get("district")
                                        + ",Good,12/05/2025\r\n")
                                .getBytes(StandardCharsets.UTF_8)));
        button(priya, "Import register").click();
        assertThat(heading(priya)).hasText("Early years register import");
        assertThat(priya.locator("main")).containsText("Inspection date");
        journey.check(priya, "register-imported-with-grade");

        // The childminder signs in by emailed link and applies, not (yet) agreeing to be listed.
        Inbox inbox = Inbox.of(email);
        Page mind = journey.newPerson();
        mind.navigate("/sign-in");
        mind.getByLabel("Work email address").fill(email);
        journey.check(mind, "childminder-sign-in");
        button(mind, "Email me a sign-in link").click();
        assertThat(heading(mind)).hasText("Check your email");
        journey.check(mind, "childminder-check-email");
        Page mail = journey.openEmail(mind, inbox.awaitNext(), "childminder-sign-in-email");
        link(mail, "Sign in to Heads Up").click();
        journey.check(mail, "childminder-confirm-sign-in");
        button(mail, "Sign in").click();
        assertThat(heading(mail)).hasText("Hello, " + minder.get("full_name"));
        journey.check(mail, "childminder-home");
        mail.navigate("/recognition/kitemark/apply");
        assertThat(heading(mail)).hasText("Apply for the Early Years Inclusion Kitemark");
        journey.check(mail, "apply");
        button(mail, "Apply").click();
        assertThat(mail.locator("main")).containsText(name);
        long application = Long.parseLong(mail.url().replaceAll(".*/applications/(\\d+).*", "$1"));
        journey.check(mail, "application");

        // Their self-evaluation (the group journey shows it page by page), then they submit.
        Map<String, Object> app = database.sql(
                        "select version_id, response_id from recognition_applications where id = :id")
                .param("id", application)
                .query()
                .singleRow();
        Framework framework =
                frameworks.version((Long) app.get("version_id")).orElseThrow().framework();
        for (Framework.Standard s : framework.standards()) {
            responses.save(
                    (Long) app.get("response_id"),
                    new Answer.Edit(s.number(), 0, "embedded", "We plan for each child's needs", Map.of()),
                    new Actor(email, (String) minder.get("full_name")));
        }
        mail.navigate("/recognition/applications/" + application + "/self-evaluation");
        journey.check(mail, "self-evaluation");
        button(mail, "Submit for assessment").click();
        assertThat(mail.locator("main")).containsText("Submitted");
        journey.check(mail, "submitted");

        // The schemes officer records the panel's decision.
        Page amira = journey.newPerson();
        amira.navigate("/sign-in/password");
        journey.check(amira, "schemes-officer-sign-in");
        signInWithPassword(amira, "amira.haddad@elmshire.example", "heads-up-demo");
        assertThat(heading(amira)).hasText("Hello, Amira Haddad");
        journey.check(amira, "schemes-officer-home");
        amira.navigate("/recognition/applications/" + application);
        amira.getByLabel("Awarded", new Page.GetByLabelOptions().setExact(true)).check();
        amira.getByLabel("Who decided").fill("Inclusion recognition panel");
        journey.check(amira, "decision-form");
        button(amira, "Record the decision").click();
        assertThat(amira.locator("main")).containsText("Awarded");
        journey.check(amira, "awarded");

        // The officer's own pages, each visited once: the schemes (their set-up and a change), the awards and the
        // county picture; the navigation leads to the module.
        assertThat(amira.locator("nav a[href='/recognition']")).hasText("Recognition schemes");
        amira.navigate("/recognition/schemes");
        assertThat(amira.locator("main")).containsText("Early Years Inclusion Kitemark toolkit");
        journey.check(amira, "schemes");
        amira.navigate("/recognition/schemes/new");
        journey.check(amira, "scheme-new");
        amira.navigate("/recognition/schemes/kitemark");
        journey.check(amira, "scheme-change");
        amira.navigate("/recognition/schemes/kitemark/toolkit");
        journey.check(amira, "scheme-toolkit");
        amira.navigate("/recognition/awards");
        journey.check(amira, "awards");
        amira.navigate("/recognition/county");
        journey.check(amira, "county-picture");

        // The childminder downloads the certificate; they are not on the register until they agree.
        mail.navigate("/recognition/applications/" + application);
        journey.check(mail, "application-awarded");
        mail.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Award and certificate of " + name))
                .click();
        assertThat(heading(mail)).hasText(name);
        journey.check(mail, "award");
        Download certificate = mail.waitForDownload(
                () -> link(mail, "Download the certificate (PDF)").click());
        assertThat(new String(Files.readAllBytes(certificate.path()), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        Page parent = journey.newPerson();
        parent.navigate("/recognition/register?type=CHILDMINDER");
        assertThat(heading(parent)).hasText("Recognised schools and settings");
        assertThat(parent.locator("main")).not().containsText(name);
        journey.check(parent, "register-without-them");
        button(mail, "List my name on the public register").click();
        assertThat(mail.locator("main")).containsText("Your name is on the public register");
        journey.check(mail, "award-listed");
        parent.reload();
        assertThat(parent.locator("main")).containsText(name);
        journey.check(parent, "register-with-them");

        // The officer celebrates this year's awards: the ceremony invites the childminder in the same step.
        amira.navigate("/recognition/ceremonies");
        amira.getByLabel("Venue").fill("Elmbridge Guildhall");
        journey.check(amira, "ceremonies");
        button(amira, "Create the ceremony and invite them").click();
        assertThat(amira.locator("main")).containsText(name);
        journey.check(amira, "ceremony");
        mail.reload();
        assertThat(mail.locator("main")).containsText("You are invited");
        journey.check(mail, "award-invited");
        assertThat(database.sql("""
                        select lower(o.recipient) from outbox_messages o join mailshots m on m.id = o.mailshot_id
                         where m.key like 'recognition-ceremony:%'
                        """).query(String.class).list()).contains(email.toLowerCase());
    }
}
