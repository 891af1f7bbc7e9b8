package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.mailing.MailshotProgress;
import uk.headsup.mailing.Mailshots;

/**
 * The safeguarding officer follows this year's audit round, offers a course on a standard and picks a school whose
 * return she sent back for changes. The school's DSL signs in by emailed link, opens the return's overview (its
 * sections with their progress) and the standard's section, rates it red with an action, leaves and comes back to
 * find it saved, and submits from the overview. The return is a page per section (61 standards on one page took axe
 * a minute a visit), so the journey visits the overview and one section, not all twelve. The headteacher and the chair of governors sign off by their
 * emailed links. The officer finds the school in the county analysis and returns it with feedback on that standard;
 * the DSL reads it, corrects the standard and submits again (which asks the head and the chair to sign again), and
 * books the course offered on the standard. Last, the officer opens a new round in the browser (last, because its
 * invitations go to every DSL and head and would cross the emails the story waits for). Every page is checked by
 * {@link Journey#check}: axe, and no sideways scrolling at 375 px. Evidence and actions marked done are
 * SafeguardingEvidenceIT's; the officer accepting a return is SafeguardingAuditIT's.
 */
class SafeguardingAuditJourneyIT extends BrowserJourney {

    static final String STANDARD = "1.1";
    static final String FEEDBACK = "Say who reviews the policy and when it was last reviewed.";

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    @Autowired
    Mailshots mailshots;

    @Test
    void aReturnGoesFromTheDslThroughSignOffToTheOfficerAndBackWithFeedback(Journey journey) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String roundTitle = "Safeguarding audit " + today.getYear();
        // A course for DSLs with places to spare: the demo's DSL refresher is nearly full, and booked by some DSLs.
        String course = "Safer recruitment for designated safeguarding leads";
        planning.add(
                EventFixtures.aCourse()
                        .titled(course)
                        .forAudience(Audience.of(OrganisationRole.DSL), "Designated safeguarding leads")
                        .build(),
                "grace.okafor@elmshire.example");

        // Helen, the safeguarding officer, looks at the round and at the returns she sent back.
        Page helen = journey.newPerson();
        helen.navigate("/sign-in/password");
        journey.check(helen, "password-sign-in");
        signInWithPassword(helen, "helen.marsh@elmshire.example", "heads-up-demo");
        assertThat(heading(helen)).hasText("Hello, Helen Marsh");
        journey.check(helen, "officer-home");
        helen.navigate("/safeguarding/rounds");
        assertThat(heading(helen)).hasText("Safeguarding audit");
        journey.check(helen, "rounds");
        link(helen, roundTitle).click();
        assertThat(heading(helen)).hasText(roundTitle);
        journey.check(helen, "round");
        String roundPath = URI.create(helen.url()).getPath();

        // She offers a course to every school that rates standard 1.1 red or amber.
        link(helen, "Courses offered on standards").click();
        assertThat(heading(helen)).hasText("Courses offered on standards");
        journey.check(helen, "courses");
        helen.getByLabel("Standard", new Page.GetByLabelOptions().setExact(true))
                .selectOption(STANDARD);
        Locator courseChoice = helen.getByLabel("Course or event");
        courseChoice.selectOption(new SelectOption()
                .setLabel(courseChoice
                        .locator("option", new Locator.LocatorOptions().setHasText(course))
                        .textContent()));
        button(helen, "Offer the course").click();
        assertThat(helen.getByRole(AriaRole.ALERT))
                .containsText(course + " is offered to schools that rate standard " + STANDARD + " red or amber");
        journey.check(helen, "course-offered");
        helen.navigate(roundPath);
        assertThat(heading(helen)).hasText(roundTitle);
        journey.check(helen, "round-again");
        helen.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Returned for changes: \\d+$")))
                .click();
        assertThat(helen.locator("caption")).hasText("Returns: Returned for changes");
        journey.check(helen, "round-returned");
        String school = helen.locator("tbody tr a").first().textContent().strip();

        AudienceMember dsl = member(school, OrganisationRole.DSL);
        AudienceMember head = member(school, OrganisationRole.HEADTEACHER);
        AudienceMember chair = member(school, OrganisationRole.CHAIR_OF_GOVERNORS);

        // The DSL finds the return with the authority's feedback and rates a standard red, with an action.
        Page dslPage = signInByLink(journey, dsl, "dsl");
        dslPage.navigate("/safeguarding/my");
        assertThat(heading(dslPage)).hasText("Your safeguarding audit returns");
        journey.check(dslPage, "my-returns");
        link(dslPage, roundTitle + ": " + school).click();
        // The return's overview: its sections with their progress, and the feedback that sent it back.
        assertThat(heading(dslPage)).hasText(school);
        assertThat(dslPage.locator("main")).containsText("Returned for changes");
        assertThat(dslPage.locator("main"))
                .containsText("Please say how you know the single central record is checked.");
        Locator sections = dslPage.locator("table", new Page.LocatorOptions().setHasText("Sections of the return"))
                .locator("tbody tr");
        assertThat(sections).hasCount(12);
        assertThat(sections.first()).containsText(Pattern.compile("\\d+ of \\d+ answered"));
        journey.check(dslPage, "return");
        String returnPath = URI.create(dslPage.url()).getPath();

        // The DSL opens the standard's section: one section a page, with its standards and its actions.
        dslPage.locator("a[href$='/sections/1']").click();
        assertThat(heading(dslPage)).hasText(Pattern.compile("^Section 1: "));
        assertThat(link(dslPage, "Back to the whole return")).isVisible();
        assertThat(dslPage.getByRole(
                        AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections of the return")))
                .containsText("Next");
        journey.check(dslPage, "return-section");
        String sectionPath = URI.create(dslPage.url()).getPath();

        Locator standard = standard(dslPage);
        standard.getByLabel("Red", new Locator.GetByLabelOptions().setExact(true))
                .check();
        standard.getByLabel("Evidence notes: how you know")
                .fill("The policy was not reviewed this year; the governors meet in March.");
        assertThat(standard.locator("[data-autosave-status]")).hasText(Pattern.compile("^Saved at "));
        dslPage.getByLabel("Standard", new Page.GetByLabelOptions().setExact(true))
                .selectOption(STANDARD);
        dslPage.getByLabel("What will be done").fill("Governors review the policy and minute it");
        dslPage.getByLabel("Who will do it").fill("Chair of governors");
        Locator due = dslPage.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName("Due by").setExact(true));
        LocalDate by = today.plusMonths(3);
        due.getByLabel("Day").fill(String.valueOf(by.getDayOfMonth()));
        due.getByLabel("Month").fill(String.valueOf(by.getMonthValue()));
        due.getByLabel("Year").fill(String.valueOf(by.getYear()));
        button(dslPage, "Add the action").click();
        // The page came back from the server after the action: the rating and the text typed were saved.
        assertThat(dslPage.getByRole(AriaRole.ALERT)).containsText("Action added to standard " + STANDARD);
        assertThat(URI.create(dslPage.url()).getPath()).isEqualTo(sectionPath);
        assertThat(standard(dslPage).getByLabel("Red", new Locator.GetByLabelOptions().setExact(true)))
                .isChecked();
        assertThat(standard(dslPage).getByLabel("Evidence notes: how you know"))
                .hasValue("The policy was not reviewed this year; the governors meet in March.");
        assertThat(standard(dslPage).locator("xpath=..")).containsText("Governors review the policy and minute it");
        assertThat(dslPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a place on " + course)))
                .hasCount(1);
        journey.check(dslPage, "action-added");

        // Back on the overview, the section counts the answer and the course is offered; she submits.
        link(dslPage, "Back to the whole return").click();
        assertThat(heading(dslPage)).hasText(school);
        assertThat(sections.first()).containsText(Pattern.compile("\\d+ of \\d+ answered"));
        Locator offer =
                dslPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a place on " + course));
        assertThat(offer).hasCount(1);
        journey.check(dslPage, "return-again");

        Inbox headInbox = Inbox.of(head.email());
        Inbox chairInbox = Inbox.of(chair.email());
        button(dslPage, "Submit for sign-off").click();
        assertThat(dslPage.getByRole(AriaRole.ALERT)).containsText("Return submitted");
        assertThat(dslPage.locator("main")).containsText("Awaiting sign-off");
        journey.check(dslPage, "submitted");

        // The headteacher and the chair of governors sign off by their links.
        signOff(journey, headInbox.awaitNext(), school, "headteacher");
        signOff(journey, chairInbox.awaitNext(), school, "governor");

        // Helen sees the return in the county analysis and sends it back with feedback on the standard.
        helen.navigate(roundPath);
        assertThat(heading(helen)).hasText(roundTitle);
        journey.check(helen, "round-after-sign-off");
        link(helen, "County analysis").click();
        assertThat(heading(helen)).hasText("County analysis");
        journey.check(helen, "analysis");
        // Beside standard 2.4, last year's refresher: its evaluations, and whether the schools that went did better.
        assertThat(helen.locator("main"))
                .containsText(
                        Pattern.compile("Standard 2\\.4: .*\\s+1 course linked\\. \\d+ evaluations?, average rating"));
        assertThat(helen.getByRole(
                        AriaRole.TABLE,
                        new Page.GetByRoleOptions()
                                .setName("Did it help? Schools rated red or amber on 2.4 last year: their rating"
                                        + " this year")))
                .containsText("Attended a linked course");
        link(helen, school).click();
        assertThat(heading(helen)).hasText(school);
        assertThat(helen.locator("main")).containsText("Submitted");
        journey.check(helen, "officer-return");
        // She reads the standard's section, read-only for her, and writes her feedback beside the DSL's answer.
        helen.locator("a[href$='/sections/1']").click();
        assertThat(heading(helen)).hasText(Pattern.compile("^Section 1: "));
        assertThat(standard(helen)).containsText("The policy was not reviewed this year; the governors meet in March.");
        assertThat(standard(helen).getByLabel("Evidence notes: how you know")).hasCount(0);
        helen.getByLabel("Your feedback on standard " + STANDARD, new Page.GetByLabelOptions().setExact(true))
                .fill(FEEDBACK);
        journey.check(helen, "officer-return-section");
        button(helen, "Save your feedback on this section").click();
        assertThat(helen.getByRole(AriaRole.ALERT)).containsText("Your feedback on section 1 is kept");
        assertThat(heading(helen)).hasText(Pattern.compile("^Section 2: "));
        journey.check(helen, "officer-feedback-kept");
        // Back on the overview, the review carries it; she sends the return back.
        link(helen, "Back to the whole return").click();
        journey.check(helen, "officer-review");
        helen.getByLabel("Overall feedback").fill("Thank you. One standard needs more before we can accept.");
        assertThat(helen.getByLabel("Standard " + STANDARD, new Page.GetByLabelOptions().setExact(true)))
                .hasValue(FEEDBACK);
        button(helen, "Return for changes").click();
        assertThat(helen.getByRole(AriaRole.ALERT)).containsText("Returned to " + school + " for changes");
        journey.check(helen, "returned");

        // The DSL finds the feedback listed on the overview and follows it to the standard.
        dslPage.navigate(returnPath);
        assertThat(heading(dslPage)).hasText(school);
        assertThat(dslPage.locator("main")).containsText(FEEDBACK);
        journey.check(dslPage, "feedback-listed");
        dslPage.locator("dl a[href$='#standard-" + STANDARD + "']").click();
        assertThat(heading(dslPage)).hasText(Pattern.compile("^Section 1: "));
        Locator onTheStandard = dslPage.locator(".sg-standard")
                .filter(new Locator.FilterOptions().setHas(dslPage.locator("[id='standard-" + STANDARD + "']")));
        assertThat(onTheStandard.getByRole(
                        AriaRole.REGION, new Locator.GetByRoleOptions().setName("Feedback on this standard")))
                .containsText(FEEDBACK);
        journey.check(dslPage, "feedback");

        // She corrects the standard as asked and submits it again; the head and the chair sign it off again.
        Locator corrected = standard(dslPage);
        corrected
                .getByLabel("Evidence notes: how you know")
                .fill("The chair of governors reviews the policy every March; the review is minuted.");
        assertThat(corrected.locator("[data-autosave-status]")).hasText(Pattern.compile("^Saved at "));
        link(dslPage, "Back to the whole return").click();
        assertThat(heading(dslPage)).hasText(school);
        journey.check(dslPage, "corrected");
        Inbox headAgain = Inbox.of(head.email());
        Inbox chairAgain = Inbox.of(chair.email());
        button(dslPage, "Submit for sign-off").click();
        assertThat(dslPage.getByRole(AriaRole.ALERT)).containsText("Return submitted");
        assertThat(dslPage.locator("main")).containsText("Awaiting sign-off");
        journey.check(dslPage, "resubmitted");
        // Resubmitting asks the head and the chair to sign it off again (their pages were checked above).
        assertThat(headAgain.awaitNext().subject())
                .isEqualTo("Please sign off " + school + "'s safeguarding audit return");
        assertThat(chairAgain.awaitNext().subject())
                .isEqualTo("Please sign off " + school + "'s safeguarding audit return");

        // The DSL books the course offered on the standard she rated red, from her return.
        dslPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a place on " + course))
                .click();
        // The demo's DSLs also book for colleagues, so the page offers the school's staff: she ticks herself.
        assertThat(heading(dslPage)).hasText("Book places");
        journey.check(dslPage, "book-offered-course");
        dslPage.getByLabel(dsl.name(), new Page.GetByLabelOptions().setExact(true))
                .check();
        button(dslPage, "Book places").click();
        assertThat(heading(dslPage)).hasText("Booking complete");
        journey.check(dslPage, "offered-course-booked");

        // Helen opens a round in the browser: every school is invited and starts at "Not started".
        String newRound = "Safeguarding audit " + today.getYear() + ": spring check";
        // Before opening it she looks at the framework's versions and what changed in this year's.
        helen.navigate("/safeguarding/frameworks");
        assertThat(heading(helen)).hasText("Audit frameworks");
        journey.check(helen, "frameworks");
        // She copies the newest for next year and changes a standard of the copy in the browser.
        helen.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Copy version \\d+ for next year$")))
                .first()
                .click();
        assertThat(helen.getByRole(AriaRole.ALERT)).containsText("made as a copy");
        journey.check(helen, "framework-copied");
        String editPath = helen.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit version \\d+ here$")))
                .first()
                .getAttribute("href");
        helen.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^What changed from version ")))
                .nth(1)
                .click();
        assertThat(heading(helen)).hasText(Pattern.compile("^What changed from version \\d+ to version \\d+$"));
        journey.check(helen, "framework-changes");
        helen.navigate(editPath);
        assertThat(heading(helen)).hasText(Pattern.compile("^Edit version \\d+$"));
        journey.check(helen, "framework-edit");
        link(helen, "Change standard " + STANDARD).click();
        assertThat(heading(helen)).hasText("Change standard " + STANDARD);
        journey.check(helen, "framework-standard");
        // She empties the statement by mistake: the error summary says so and keeps the guidance she typed.
        helen.getByLabel("Statement", new Page.GetByLabelOptions().setExact(true))
                .fill("");
        helen.getByLabel("Guidance", new Page.GetByLabelOptions().setExact(true))
                .fill("Minutes of the governors' annual safeguarding review");
        button(helen, "Save the standard").click();
        assertThat(helen.locator(".govuk-error-summary")).containsText("Enter what the standard asks for");
        assertThat(helen.getByLabel("Guidance", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Minutes of the governors' annual safeguarding review");
        journey.check(helen, "framework-standard-errors");
        helen.getByLabel("Statement", new Page.GetByLabelOptions().setExact(true))
                .fill("Governors review safeguarding every year, minute it and act on it");
        button(helen, "Save the standard").click();
        assertThat(helen.getByRole(AriaRole.ALERT)).containsText("Standard " + STANDARD + " changed");
        journey.check(helen, "framework-standard-saved");
        link(helen, "Rename section 1").click();
        assertThat(heading(helen)).hasText("Rename section 1");
        journey.check(helen, "framework-section");
        // What changed in the copy: the old statement beside the new.
        helen.navigate("/safeguarding/frameworks");
        assertThat(heading(helen)).hasText("Audit frameworks");
        journey.check(helen, "frameworks-after-editing");
        helen.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^What changed from version ")))
                .first()
                .click();
        assertThat(helen.locator("[id='standard-" + STANDARD + "'] + table"))
                .containsText("Governors review safeguarding every year, minute it and act on it");
        journey.check(helen, "framework-changes-side-by-side");
        helen.navigate("/safeguarding/rounds/new");
        assertThat(heading(helen)).hasText("Open a round");
        journey.check(helen, "open-a-round");
        button(helen, "Open the round").click();
        assertThat(helen.locator(".govuk-error-summary")).containsText("Enter");
        journey.check(helen, "open-a-round-errors");
        helen.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(newRound);
        helen.getByRole(AriaRole.RADIO).first().check();
        date(helen, "First deadline", today.plusWeeks(6));
        date(helen, "Final deadline", today.plusWeeks(10));
        button(helen, "Open the round").click();
        assertThat(heading(helen)).hasText(newRound);
        assertThat(helen.getByRole(AriaRole.ALERT)).containsText("Round opened");
        assertThat(helen.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Not started: \\d+$"))))
                .hasCount(1);
        journey.check(helen, "round-opened");

        // The invitations to every DSL and head go out before the next journey waits for its own emails to them.
        String key = "safeguarding-round:" + URI.create(helen.url()).getPath().replaceAll("^.*/", "");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!mailshots.progress(key).map(MailshotProgress::finished).orElse(false)) {
            assertThat(System.nanoTime() < deadline)
                    .as("the invitations of %s are sent within 5 minutes", newRound)
                    .isTrue();
            helen.waitForTimeout(500);
        }
    }

    private static void date(Page page, String legend, LocalDate day) {
        Locator group = page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        group.getByLabel("Day").fill(String.valueOf(day.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(day.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(day.getYear()));
    }

    private void signOff(Journey journey, ReceivedEmail email, String school, String who) {
        assertThat(email.subject()).isEqualTo("Please sign off " + school + "'s safeguarding audit return");
        Page mail = journey.openEmail(journey.newPerson(), email, who + "-sign-off-email");
        link(mail, "Read and sign off the return").click();
        assertThat(heading(mail)).hasText("Sign off " + school + "'s return");
        journey.check(mail, who + "-sign-off");
        button(mail, "Confirm and sign off").click();
        assertThat(mail.locator(".govuk-panel__title")).hasText("Return signed off");
        journey.check(mail, who + "-signed-off");
    }

    private static Locator standard(Page page) {
        return page.locator("[id='standard-" + STANDARD + "']");
    }

    private AudienceMember member(String school, OrganisationRole role) {
        return directory.members(Audience.of(role), LocalDate.now()).stream()
                .filter(m -> m.organisationName().equals(school))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + role + " at " + school + " in the demo county"));
    }

    private Page signInByLink(Journey journey, AudienceMember person, String who) {
        Inbox inbox = Inbox.of(person.email());
        Page page = journey.newPerson();
        page.navigate("/sign-in");
        page.getByLabel("Work email address").fill(person.email());
        journey.check(page, who + "-sign-in");
        button(page, "Email me a sign-in link").click();
        assertThat(heading(page)).hasText("Check your email");
        journey.check(page, who + "-check-your-email");
        Page mail = journey.openEmail(page, inbox.awaitNext(), who + "-sign-in-email");
        link(mail, "Sign in to Heads Up").click();
        assertThat(heading(mail)).hasText("Sign in to Heads Up");
        journey.check(mail, who + "-confirm-sign-in");
        button(mail, "Sign in").click();
        assertThat(heading(mail)).hasText("Hello, " + person.name());
        journey.check(mail, who + "-home");
        return mail;
    }
}
