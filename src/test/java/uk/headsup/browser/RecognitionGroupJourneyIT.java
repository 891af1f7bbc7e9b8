package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.recognition.internal.applications.Applications;

/**
 * A lead school forms a group of three for the SEND and Inclusion Quality Mark: one invited head declines, the lead
 * invites another school in its place and that head accepts with the third. The group self-evaluates (the summary of
 * strengths and areas for development follows the answers), asks for a specialist and submits; the schemes officer
 * assigns the specialist and an external assessor; the assessor asks for more evidence on one standard, the lead adds
 * it and submits again, the assessor books the visit and recommends; the officer records the panel's award. Every
 * page is checked by {@link Journey#check}. The standards the story does not look at are answered through the engine,
 * as colleagues at the other schools would have, to keep the journey short.
 */
class RecognitionGroupJourneyIT extends BrowserJourney {

    static final String LEAD = "Mereton Primary School";
    static final String DECLINES = "Brindle Heath Primary School";
    static final String ACCEPTS = "Halsey Church of England Primary School";
    static final String REPLACEMENT = "Upper Wend Primary School";
    static final String ASSESSOR = "jo.assessor@assessors.example";
    static final String SPECIALIST = "sam.inclusion@specialists.example";
    static final Pattern SIGN_IN_LINK = Pattern.compile("href=\"([^\"]*/sign-in/link\\?token=[^\"]+)\"");

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    Applications applications;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Responses responses;

    @Test
    void aGroupOfThreeGoesFromProposalToAward(Journey journey) {
        for (String external : new String[] {ASSESSOR, SPECIALIST}) {
            if (!accounts.hasAuthorityAccount(external)) {
                accounts.createAuthorityAccount(
                        external, "External", EnumSet.of(AuthorityRole.RECOGNITION_ASSESSOR), "heads-up-demo");
            }
        }

        // Amira, the schemes officer, puts a specialist on the authority's list.
        Page amira = journey.newPerson();
        amira.navigate("/sign-in/password");
        journey.check(amira, "officer-sign-in");
        signInWithPassword(amira, "amira.haddad@elmshire.example", "heads-up-demo");
        assertThat(heading(amira)).hasText("Hello, Amira Haddad");
        journey.check(amira, "officer-home");
        amira.navigate("/recognition/specialists");
        assertThat(heading(amira)).hasText("Specialists");
        journey.check(amira, "specialists");
        amira.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Sam Inclusion");
        amira.getByLabel("Organisation (optional)").fill("Inclusion Partners");
        amira.getByLabel("Email address").fill(SPECIALIST);
        amira.getByLabel("Fee, if any (optional)").fill("£300 a day");
        button(amira, "Add the specialist").click();
        assertThat(amira.locator("main")).containsText("Inclusion Partners");
        journey.check(amira, "specialist-added");

        // The lead school's head proposes a group with two schools suggested in the district.
        Page lead = signIn(journey, head(LEAD), "lead");
        lead.navigate("/recognition");
        journey.check(lead, "lead-recognition");
        link(lead, "Propose a group for the SEND and Inclusion Quality Mark, led by " + LEAD)
                .click();
        assertThat(heading(lead)).hasText("Propose a group for the SEND and Inclusion Quality Mark");
        assertThat(lead.locator("main")).containsText("Same district");
        journey.check(lead, "propose");
        lead.getByLabel(DECLINES, new Page.GetByLabelOptions().setExact(true)).check();
        lead.getByLabel(ACCEPTS, new Page.GetByLabelOptions().setExact(true)).check();
        button(lead, "Propose the group").click();
        assertThat(heading(lead)).hasText("Group led by " + LEAD);
        journey.check(lead, "group-proposed");
        String application = URI.create(lead.url()).getPath();

        // One invited head declines; the other accepts.
        Page decliner = signIn(journey, head(DECLINES), "decliner");
        decliner.navigate(application);
        journey.check(decliner, "decliner-invitation");
        forSchool(decliner, "decline").click();
        assertThat(heading(decliner)).hasText("Inclusion recognition");
        journey.check(decliner, "declined");
        Page accepter = signIn(journey, head(ACCEPTS), "accepter");
        accepter.navigate(application);
        journey.check(accepter, "accepter-invitation");
        forSchool(accepter, "accept").click();
        assertThat(row(accepter, ACCEPTS)).containsText("Joined");
        journey.check(accepter, "accepted");

        // The lead sees the decline and invites another school in its place, whose head accepts.
        lead.navigate(application);
        assertThat(lead.locator("main")).containsText(DECLINES + " declined to join");
        journey.check(lead, "lead-sees-decline");
        lead.getByLabel(REPLACEMENT, new Page.GetByLabelOptions().setExact(true))
                .check();
        button(lead, "Invite").click();
        assertThat(row(lead, REPLACEMENT)).containsText("Invited");
        journey.check(lead, "replacement-invited");
        Page replacement = signIn(journey, head(REPLACEMENT), "replacement");
        replacement.navigate(application);
        journey.check(replacement, "replacement-invitation");
        forSchool(replacement, "accept").click();
        assertThat(row(replacement, REPLACEMENT)).containsText("Joined");
        journey.check(replacement, "replacement-joined");

        // The group asks for a specialist (optional), self-evaluates (the summary follows the answers as they save)
        // and submits.
        long id = Long.parseLong(application.replaceAll("\\D", ""));
        answerTheRestAsColleaguesWould(id, head(ACCEPTS));
        lead.navigate(application);
        journey.check(lead, "lead-application");
        lead.getByLabel("Sam Inclusion", new Page.GetByLabelOptions().setExact(true))
                .check();
        lead.getByLabel("What would you like help with? (optional)").fill("Evidence for leadership");
        button(lead, "Ask for a specialist").click();
        assertThat(lead.locator("main")).containsText("Asked for Sam Inclusion");
        journey.check(lead, "specialist-asked");
        link(lead, "Work on the self-evaluation").click();
        assertThat(heading(lead)).hasText("SEND and Inclusion Quality Mark toolkit");
        Locator first = lead.locator("[id='standard-1.1']");
        first.getByLabel("Developing", new Locator.GetByLabelOptions().setExact(true))
                .check();
        first.getByRole(AriaRole.TEXTBOX).fill("Our three schools share a vision that names inclusion.");
        assertThat(first.locator("[data-autosave-status]")).hasText(Pattern.compile("^Saved at "));
        int standards = frameworks
                .version(applications.find(id).orElseThrow().versionId())
                .orElseThrow()
                .framework()
                .standards()
                .size();
        assertThat(lead.locator("#evaluation-summary"))
                .containsText(standards + " of " + standards + " standards rated");
        assertThat(lead.locator("#evaluation-summary")).containsText("1.1 Inclusion is part of the shared values");
        journey.check(lead, "self-evaluation");
        button(lead, "Submit for assessment").click();
        assertThat(lead.locator("main")).containsText("Submitted");
        journey.check(lead, "submitted");

        // Amira assigns the specialist and an external assessor.
        amira.navigate(application);
        journey.check(amira, "officer-application");
        amira.getByLabel("Assign a specialist").selectOption("Sam Inclusion");
        button(amira, "Assign the specialist").click();
        assertThat(amira.locator("main")).containsText("Sam Inclusion, Inclusion Partners");
        journey.check(amira, "specialist-assigned");
        amira.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Jo Assessor");
        amira.getByLabel("Email address they sign in with").fill(ASSESSOR);
        button(amira, "Assign the assessor").click();
        assertThat(amira.locator("main")).containsText("Jo Assessor");
        journey.check(amira, "assigned");

        // The assessor reviews and asks for more evidence on one standard.
        Page jo = journey.newPerson();
        jo.navigate("/sign-in/password");
        journey.check(jo, "assessor-sign-in");
        signInWithPassword(jo, ASSESSOR, "heads-up-demo");
        assertThat(jo.locator("main")).containsText("Applications you assess or help with");
        journey.check(jo, "assessor-home");
        jo.navigate(application + "/assessment");
        assertThat(heading(jo)).hasText("Assessment");
        journey.check(jo, "assessment");
        jo.locator("[id='verdict-1.1-evidenced']").check();
        jo.locator("[id='verdict-2.1-more']").check();
        jo.locator("[id='note-2.1']").fill("Governors' minutes that show inclusion is checked");
        button(jo, "Save the review").click();
        assertThat(jo.getByRole(AriaRole.ALERT)).containsText("Your review is saved");
        journey.check(jo, "review-saved");
        button(jo, "Ask for more evidence").click();
        assertThat(jo.locator("main")).containsText("More evidence asked for");
        journey.check(jo, "more-evidence-asked");

        // The lead sees exactly which standard, adds to it and submits again.
        lead.navigate(application + "/self-evaluation");
        assertThat(lead.locator(".govuk-warning-text")).containsText("standard 2.1");
        assertThat(lead.locator("main")).containsText("Governors' minutes that show inclusion is checked");
        journey.check(lead, "more-evidence-seen");
        Locator second = lead.locator("[id='standard-2.1']");
        second.getByRole(AriaRole.TEXTBOX).fill("Governors check inclusion each term; minutes of 3 March attached.");
        assertThat(second.locator("[data-autosave-status]")).hasText(Pattern.compile("^Saved at "));
        button(lead, "Submit for assessment").click();
        assertThat(lead.locator("main")).containsText("Submitted");
        journey.check(lead, "submitted-again");

        // The assessor books the visit and recommends the award.
        LocalDate visit = LocalDate.now(ZoneId.of("Europe/London")).plusDays(21);
        jo.navigate(application + "/assessment");
        assertThat(heading(jo)).hasText("Assessment");
        journey.check(jo, "assessment-again");
        jo.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(visit.toString());
        jo.getByLabel("Start time").fill("09:30");
        jo.getByLabel("Where").fill(LEAD);
        button(jo, "Book the visit").click();
        assertThat(jo.locator("main")).containsText("9:30am for 180 minutes, at " + LEAD);
        journey.check(jo, "visit-booked");
        jo.getByLabel("Award", new Page.GetByLabelOptions().setExact(true)).check();
        jo.getByLabel("Findings for the panel").fill("Inclusion runs through the three schools' leadership.");
        button(jo, "Recommend to the panel").click();
        assertThat(jo.locator("main")).containsText("Recommended to the panel");
        journey.check(jo, "recommended");

        // The panel awards; Amira records it and the group's schools hold the mark.
        amira.navigate(application);
        assertThat(amira.locator("main")).containsText("Inclusion runs through the three schools' leadership.");
        journey.check(amira, "officer-recommendation");
        amira.getByLabel("Awarded", new Page.GetByLabelOptions().setExact(true)).check();
        amira.getByLabel("Who decided").fill("Inclusion panel, chaired by Dr Ruth Ellis");
        button(amira, "Record the decision").click();
        assertThat(amira.locator("main")).containsText("Download the decision letter (PDF)");
        assertThat(amira.locator("main")).containsText(REPLACEMENT);
        journey.check(amira, "awarded");
        assertThat(applications.awards(id)).hasSize(3);

        // The lead school's award: the Quality Mark asks for an annual update, sent from here.
        long award = applications.awards(id).stream()
                .filter(w -> w.name().equals(LEAD))
                .findFirst()
                .orElseThrow()
                .id();
        lead.navigate("/recognition/awards/" + award);
        assertThat(lead.locator("main")).containsText("Annual update");
        journey.check(lead, "lead-award");
    }

    /**
     * The invited school's "Join the group" or "Decline" button: only the staff of an invited school see them, so the
     * form's action is enough to find it.
     */
    private static Locator forSchool(Page page, String answer) {
        return page.locator("form[action$='/" + answer + "'] button");
    }

    /** The group's row on the application page. */
    private static Locator row(Page page, String school) {
        return page.locator(".govuk-summary-list__row").filter(new Locator.FilterOptions().setHasText(school));
    }

    private void answerTheRestAsColleaguesWould(long id, AudienceMember colleague) {
        Applications.Application a = applications.find(id).orElseThrow();
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        for (Framework.Standard s : framework.standards()) {
            if (!s.number().equals("1.1")) {
                responses.save(
                        a.responseId(),
                        new Answer.Edit(s.number(), 0, "embedded", "Seen in every school of the group", Map.of()),
                        new Actor(colleague.email(), colleague.name()));
            }
        }
    }

    private AudienceMember head(String school) {
        return directory.members(Audience.of(OrganisationRole.HEADTEACHER), LocalDate.now()).stream()
                .filter(m -> m.organisationName().equals(school))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No headteacher at " + school + " in the demo county"));
    }

    /** Signs a school's head in by the link emailed to them (other emails to them, such as invitations, pass by). */
    private Page signIn(Journey journey, AudienceMember person, String who) {
        Inbox inbox = Inbox.of(person.email());
        Page page = journey.newPerson();
        page.navigate("/sign-in");
        page.getByLabel("Work email address").fill(person.email());
        journey.check(page, who + "-sign-in");
        button(page, "Email me a sign-in link").click();
        assertThat(heading(page)).hasText("Check your email");
        journey.check(page, who + "-check-your-email");
        Matcher link = SIGN_IN_LINK.matcher("");
        while (!link.find()) {
            link = SIGN_IN_LINK.matcher(inbox.awaitNext().html());
        }
        page.navigate(link.group(1).replace("&amp;", "&"));
        assertThat(heading(page)).hasText("Sign in to Heads Up");
        journey.check(page, who + "-confirm-sign-in");
        button(page, "Sign in").click();
        assertThat(heading(page)).hasText("Hello, " + person.name());
        journey.check(page, who + "-home");
        return page;
    }
}
