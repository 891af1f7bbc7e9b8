package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.inclusion.SchoolCalendar;
import uk.headsup.inclusion.SchoolDays;

/**
 * A head notifies a permanent exclusion with the minimum form on the day and completes it later; the governors'
 * deadline shows on the school's attention page; the inclusion officer records the sixth-day provision and an
 * alternative provision placement (under full time, flagged); the pupil's outcome arrives; the
 * officer drafts the termly data pack as a bulletin article; and the school's own report counts the outcome, small
 * numbers suppressed. Every page is checked with axe and at 375 px wide ({@link Journey#check}).
 */
class ExclusionJourneyIT extends BrowserJourney {

    @Autowired
    Directory directory;

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeadNotifiesAPermanentExclusionAndTheSchoolStaysAccountableForItsOutcome(Journey journey) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        SchoolDays days = calendar.schoolDays();
        LocalDate firstDay = today;
        while (!days.isSchoolDay(firstDay)) {
            firstDay = firstDay.minusDays(1);
        }
        // A secondary school with no outcomes of permanently excluded pupils yet, so that the one recorded shows
        // (its report said "fewer than 5 pupils" until now).
        AudienceMember head = directory.members(Audience.of(OrganisationRole.HEADTEACHER), today).stream()
                .filter(m -> m.phase() == Phase.SECONDARY)
                .filter(m -> jdbc.sql("""
                                select count(*) from inclusion_outcomes o join inclusion_pupils p on p.id = o.pupil_id
                                 where p.organisation_id = :s and exists (select 1 from inclusion_exclusions e
                                       where e.pupil_id = p.id and e.kind = 'PERMANENT')
                                """)
                                .param("s", m.organisationId())
                                .query(Long.class)
                                .single()
                        == 0)
                .findFirst()
                .orElseThrow();

        // On the day: the minimum form.
        Page school = SchoolSignIn.byLink(journey, head, "head");
        link(school, "Exclusions").click();
        assertThat(heading(school)).hasText("Exclusions");
        journey.check(school, "exclusions");
        link(school, "Notify an exclusion").click();
        assertThat(heading(school)).hasText("Notify an exclusion");
        journey.check(school, "notify");
        button(school, "Notify the authority").click();
        assertThat(school.locator(".govuk-error-summary")).containsText("Enter the pupil's first name");
        journey.check(school, "notify-errors");
        school.getByLabel("Pupil’s first name").fill("Jordan");
        school.getByLabel("Pupil’s last name").fill("Ashcroft");
        date(school, "Date of birth", LocalDate.of(today.getYear() - 15, 3, 14));
        school.getByLabel("Permanent exclusion").check();
        date(school, "First day of exclusion", firstDay);
        school.getByLabel("Reason")
                .selectOption(new SelectOption().setLabel("Persistent or general disruptive behaviour"));
        button(school, "Notify the authority").click();
        assertThat(heading(school)).hasText("Jordan Ashcroft");
        journey.check(school, "notified");

        // Later: the rest of the form.
        link(school, "Complete the notification").click();
        assertThat(heading(school)).hasText("Complete the notification");
        journey.check(school, "details");
        school.getByLabel("Unique pupil number (UPN)").fill("A801200001001");
        school.getByLabel("Year group").fill("10");
        school.getByLabel("SEN support").check();
        school.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Eligible for free school meals"))
                .getByLabel("No")
                .check();
        school.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Looked after by a local authority"))
                .getByLabel("No")
                .check();
        school.getByRole(
                        AriaRole.GROUP,
                        new Page.GetByRoleOptions().setName("A child in need or on a child protection plan"))
                .getByLabel("No")
                .check();
        button(school, "Save the details").click();
        assertThat(school.locator(".govuk-error-summary")).containsText("UPN check letter is wrong");
        journey.check(school, "details-errors");
        school.getByLabel("Unique pupil number (UPN)").fill("H801200001001");
        button(school, "Save the details").click();
        assertThat(school.locator(".govuk-notification-banner")).containsText("The notification is complete");
        journey.check(school, "completed");

        // The governors' deadline is on the school's attention page.
        LocalDate governorsDue = days.plusSchoolDays(firstDay, 15);
        school.navigate("/");
        assertThat(school.locator("main")).containsText("Governors consider the exclusion: exclusion of J.A.");
        assertThat(school.locator("main")).containsText(governorsDue.getDayOfMonth() + " ");
        journey.check(school, "attention");

        // The inclusion officer arranges education from the sixth day and a placement.
        Page officer = journey.newPerson();
        officer.navigate("/sign-in/password");
        journey.check(officer, "officer-sign-in");
        signInWithPassword(officer, "marcus.reid@elmshire.example", "heads-up-demo");
        assertThat(heading(officer)).hasText("Hello, Marcus Reid");
        journey.check(officer, "officer-home");
        link(officer, "Exclusions and alternative provision").click();
        assertThat(heading(officer)).hasText("Exclusions and alternative provision");
        journey.check(officer, "officer-exclusions");
        link(officer, "Jordan Ashcroft").first().click();
        assertThat(heading(officer)).hasText("Jordan Ashcroft");
        journey.check(officer, "officer-exclusion");
        LocalDate sixth = days.nthSchoolDay(firstDay, 6);
        officer.getByLabel("Who provides it").fill("Elmshire Pupil Referral Unit");
        date(officer, "Starting on", sixth);
        button(officer, "Record the provision").click();
        assertThat(officer.locator(".govuk-notification-banner")).containsText("Education from the sixth day recorded");
        journey.check(officer, "sixth-day");
        link(officer, "Add an alternative provision placement").click();
        assertThat(heading(officer)).hasText("Add a placement");
        journey.check(officer, "placement");
        officer.getByLabel("Provider").selectOption(new SelectOption().setLabel("Elmshire Pupil Referral Unit"));
        officer.getByLabel("The authority").check();
        officer.getByLabel("Permanent exclusion").check();
        date(officer, "Start date", sixth);
        officer.getByLabel("Hours a week").fill("20");
        button(officer, "Add the placement").click();
        assertThat(officer.locator(".govuk-notification-banner"))
                .containsText("It is under full time (20 hours a week)");
        assertThat(officer.getByText("Under full time", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        journey.check(officer, "pupil");

        // The outcome arrives.
        officer.getByLabel("Year of the KS4 exams").fill(String.valueOf(today.getYear() + 1));
        officer.getByLabel("Grade 4 or above in both").check();
        officer.getByLabel("Sustained education, apprenticeship or employment").check();
        button(officer, "Record the outcome").click();
        assertThat(officer.locator(".govuk-notification-banner")).containsText("Outcome recorded");
        journey.check(officer, "outcome");

        // The county's report, and the termly data pack drafted as a bulletin article for heads.
        officer.navigate("/inclusion");
        assertThat(heading(officer)).hasText("Exclusions and alternative provision");
        journey.check(officer, "officer-exclusions-again");
        link(officer, "Accountability reports").click();
        assertThat(heading(officer)).hasText("County");
        journey.check(officer, "county-report");
        button(officer, "Draft a bulletin article of the data pack").click();
        assertThat(heading(officer)).containsText("Exclusions data pack");
        assertThat(officer.locator(".govuk-notification-banner")).containsText("A draft article of the data pack");
        journey.check(officer, "data-pack-article");

        // The school's report counts it, as "fewer than 5".
        school.navigate("/inclusion");
        assertThat(heading(school)).hasText("Exclusions");
        journey.check(school, "exclusions-again");
        link(school, "Your school's exclusions and outcomes report").click();
        assertThat(heading(school)).hasText(head.organisationName());
        journey.check(school, "report");
        Locator row = school.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("grade 4 or above in English and maths"));
        assertThat(row.getByRole(AriaRole.CELL).first()).hasText("fewer than 5 pupils: not shown");
    }

    private static void date(Page page, String legend, LocalDate date) {
        Locator group = page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        group.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(date.getYear()));
    }

    /** School staff sign in with the link emailed to them. */
    static final class SchoolSignIn {
        static Page byLink(Journey journey, AudienceMember person, String who) {
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
}
