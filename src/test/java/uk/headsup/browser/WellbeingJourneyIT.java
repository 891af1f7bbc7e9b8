package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * A visitor finds the helpline without signing in. A primary head, new to headship, finds the support page from
 * their home page and asks for supervision in confidence. The wellbeing coordinator acknowledges the request,
 * matches the head with a supervisor and closes it; the uptake shows only "fewer than 5". The administrator sees who
 * read which request, never what it says. The coordinator sets the primary heads' peer group's meetings, the head
 * books their own place as usual, and only the coordinator sees who is in it: the administrator, who as Head of
 * Education Services also sees the uptake, finds no events page that lists them. Every page is also checked at 375
 * pixels wide.
 */
class WellbeingJourneyIT extends BrowserJourney {

    static final String SUPERVISION = "Professional supervision for school leaders";
    static final String PEER_GROUP = "Primary heads' peer support group";

    @Autowired
    Directory directory;

    @Test
    void aHeadAsksForSupervisionInConfidenceAndTheCoordinatorBrokersIt(Journey journey) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        AudienceMember head = directory.members(Audience.of(OrganisationRole.HEADTEACHER), today).stream()
                .filter(m -> m.phase() == Phase.PRIMARY && !m.organisationName().equals("Hollins Cross Primary School"))
                .reduce((first, second) -> second)
                .orElseThrow();

        // A visitor finds the direct-access support and the privacy notice.
        Page visitor = journey.newPerson();
        visitor.navigate("/wellbeing");
        assertThat(heading(visitor)).hasText("Support for your wellbeing");
        assertThat(visitor.locator("main")).containsText("08000 562 561");
        assertThat(visitor.locator("main")).not().containsText(SUPERVISION);
        look(journey, visitor, "visitor-support-page");
        link(visitor, "How we keep your requests private").click();
        assertThat(heading(visitor)).hasText("Wellbeing support: privacy notice");
        look(journey, visitor, "privacy-notice");

        // The head signs in by emailed link and follows the card on their home page.
        Inbox inbox = Inbox.of(head.email());
        Page headPage = journey.newPerson();
        headPage.navigate("/sign-in");
        headPage.getByLabel("Work email address").fill(head.email());
        look(journey, headPage, "head-sign-in");
        button(headPage, "Email me a sign-in link").click();
        assertThat(heading(headPage)).hasText("Check your email");
        look(journey, headPage, "head-check-your-email");
        Page mail = journey.openEmail(headPage, inbox.awaitNext(), "head-sign-in-email");
        link(mail, "Sign in to Heads Up").click();
        assertThat(heading(mail)).hasText("Sign in to Heads Up");
        look(journey, mail, "head-confirm-sign-in");
        button(mail, "Sign in").click();
        assertThat(heading(mail)).hasText("Hello, " + head.name());
        look(journey, mail, "head-home");
        link(mail, "Support for your wellbeing").click();
        assertThat(heading(mail)).hasText("Support for your wellbeing");
        assertThat(mail.locator("main")).containsText("Coaching in your first years of headship");
        assertThat(mail.locator("main")).not().containsText("Wellbeing webinar series (ended)");
        look(journey, mail, "head-support-page");
        mail.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions().setHasText(SUPERVISION))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Ask for this")))
                .click();
        assertThat(heading(mail)).hasText("Ask for " + SUPERVISION);
        look(journey, mail, "ask");
        mail.getByLabel("A short note for the coordinator (optional)").fill("I could not find an hour all term.");
        mail.getByLabel("By phone", new Page.GetByLabelOptions().setExact(true)).check();
        button(mail, "Send the request").click();
        assertThat(mail.locator(".govuk-error-summary")).containsText("Enter the phone number to call you on");
        assertThat(mail.getByLabel("A short note for the coordinator (optional)"))
                .hasValue("I could not find an hour all term.");
        look(journey, mail, "ask-errors");
        mail.getByLabel("Phone number, if by phone").fill("01632 960555");
        button(mail, "Send the request").click();
        assertThat(heading(mail)).hasText("Your requests for support");
        assertThat(mail.getByRole(AriaRole.ALERT)).containsText("Only the wellbeing coordinator can read it");
        look(journey, mail, "my-requests");
        String number =
                mail.locator(".govuk-summary-card__title").first().textContent().replaceAll(".*request (\\d+).*", "$1");

        // The coordinator brokers it.
        Page nadia = journey.newPerson();
        nadia.navigate("/sign-in/password");
        look(journey, nadia, "coordinator-sign-in");
        signInWithPassword(nadia, "nadia.brooks@elmshire.example", "heads-up-demo");
        assertThat(heading(nadia)).hasText("Hello, Nadia Brooks");
        look(journey, nadia, "coordinator-home");
        link(nadia, "Support requests").click();
        assertThat(heading(nadia)).hasText("Support requests");
        look(journey, nadia, "requests");
        link(nadia, "Request " + number + ": " + SUPERVISION).click();
        assertThat(heading(nadia)).hasText("Request " + number);
        assertThat(nadia.locator("main")).containsText("I could not find an hour all term.");
        look(journey, nadia, "request");
        button(nadia, "Acknowledge").click();
        assertThat(nadia.getByRole(AriaRole.ALERT)).containsText("Acknowledged");
        look(journey, nadia, "acknowledged");
        nadia.getByLabel("Supervisor or coach").fill("Dr Ruth Hale");
        nadia.getByLabel("Sessions planned").fill("6");
        button(nadia, "Save the match").click();
        assertThat(nadia.getByRole(AriaRole.ALERT)).containsText("Matched with Dr Ruth Hale, 6 sessions planned");
        look(journey, nadia, "matched");
        button(nadia, "Record a session used").click();
        assertThat(nadia.locator("main")).containsText("1 of 6 used");
        look(journey, nadia, "session-recorded");
        button(nadia, "Close the request").click();
        assertThat(nadia.getByRole(AriaRole.ALERT)).containsText("Closed");
        look(journey, nadia, "closed");
        nadia.navigate("/wellbeing/manage/uptake");
        assertThat(heading(nadia)).hasText("Uptake of wellbeing support");
        assertThat(nadia.locator("main")).containsText("fewer than 5");
        look(journey, nadia, "uptake");
        link(nadia, "Support offers").click();
        assertThat(heading(nadia)).hasText("Support offers");
        look(journey, nadia, "offers");
        button(nadia, "Add an offer").click();
        assertThat(heading(nadia)).hasText("Add an offer");
        look(journey, nadia, "add-an-offer");
        button(nadia, "Save the offer").click();
        assertThat(nadia.locator(".govuk-error-summary")).containsText("Enter the title");
        assertThat(nadia).hasTitle(Pattern.compile("^Error: Add an offer"));
        look(journey, nadia, "add-an-offer-errors");

        // The coordinator runs the primary heads' peer group as a series of meetings.
        nadia.navigate("/wellbeing/manage/offers");
        look(journey, nadia, "offers-again");
        link(nadia, "Meetings and members of " + PEER_GROUP).click();
        assertThat(heading(nadia)).hasText("Set the group's meetings");
        look(journey, nadia, "peer-group-meetings");
        button(nadia, "Set the meetings").click();
        assertThat(nadia.locator(".govuk-error-summary")).containsText("Enter the date of the first meeting");
        look(journey, nadia, "peer-group-meetings-errors");
        LocalDate first = today.plusDays(21);
        nadia.getByLabel("Day").fill(Integer.toString(first.getDayOfMonth()));
        nadia.getByLabel("Month").fill(Integer.toString(first.getMonthValue()));
        nadia.getByLabel("Year").fill(Integer.toString(first.getYear()));
        nadia.getByLabel("Where the group meets").fill("Elm Room, Northbrook Library");
        button(nadia, "Set the meetings").click();
        assertThat(heading(nadia)).hasText("Who is in the group");
        assertThat(nadia.locator("main")).containsText("Nobody has booked yet");
        look(journey, nadia, "peer-group-members-none");
        String eventPath = nadia.locator("main a[href^='/events/']").first().getAttribute("href");

        // The head books their own place as usual, from the support page.
        mail.navigate("/wellbeing");
        look(journey, mail, "head-support-page-again");
        mail.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions().setHasText(PEER_GROUP))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^See the meetings and book")))
                .click();
        assertThat(heading(mail)).hasText(PEER_GROUP);
        assertThat(mail.locator("main")).containsText("Who goes is confidential");
        look(journey, mail, "peer-group-event");
        button(mail, "Book a place").click();
        assertThat(heading(mail)).hasText("Book a place");
        look(journey, mail, "peer-group-book");
        button(mail, "Book your place").click();
        assertThat(heading(mail)).hasText("Booking complete");
        look(journey, mail, "peer-group-booked");

        // Only the coordinator sees who is in it.
        nadia.reload();
        assertThat(nadia.locator("main")).containsText(head.name());
        look(journey, nadia, "peer-group-members");

        // The head sees the request closed.
        mail.navigate("/wellbeing/requests");
        assertThat(mail.locator("main")).containsText("Closed");
        assertThat(mail.locator("main")).containsText("Dr Ruth Hale");
        look(journey, mail, "my-requests-closed");

        // The administrator sees who read it, never what it says.
        Page priya = journey.newPerson();
        priya.navigate("/sign-in/password");
        look(journey, priya, "admin-sign-in");
        signInWithPassword(priya, "priya.shah@elmshire.example", "heads-up-demo");
        assertThat(heading(priya)).hasText("Hello, Priya Shah");
        look(journey, priya, "admin-home");
        link(priya, "Who read wellbeing requests").click();
        assertThat(heading(priya)).hasText("Who read wellbeing requests");
        assertThat(priya.locator("main")).containsText("Request " + number + ", read by nadia.brooks@elmshire.example");
        assertThat(priya.locator("main")).not().containsText("could not find an hour");
        look(journey, priya, "access-log");

        // The Head of Education Services, a leader, sees the uptake; as administrator, never who is in the peer group.
        priya.navigate("/");
        look(journey, priya, "admin-home-again");
        link(priya, "Uptake of wellbeing support").click();
        assertThat(heading(priya)).hasText("Uptake of wellbeing support");
        assertThat(priya.locator("main")).not().containsText(head.name());
        look(journey, priya, "leader-uptake");
        priya.navigate(eventPath + "/manage");
        assertThat(heading(priya)).hasText("Page not found");
        look(journey, priya, "peer-group-manage-not-found");
        priya.navigate(eventPath);
        assertThat(priya.locator("main")).not().containsText(head.name());
        look(journey, priya, "peer-group-event-for-admin");
    }

    /** The journey's check (screenshot and axe), then the same page at 375 pixels must not scroll sideways. */
    private static void look(Journey journey, Page page, String name) {
        journey.check(page, name);
        var size = page.viewportSize();
        page.setViewportSize(375, 740);
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        page.setViewportSize(size.width, size.height);
        assertThat(((Number) overflow).intValue())
                .as(name + " scrolls sideways at 375 px")
                .isLessThanOrEqualTo(0);
    }
}
