package uk.headsup.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;

/**
 * The events officer publishes a first-aid course with two places. A school business manager books three
 * colleagues onto it: two are confirmed, one waits. The headteacher cancels; the waiting colleague gets the place
 * and an email saying so. The school's SENCo subscribes to the year's Fair Access Protocol panels.
 */
class EventsJourneyIT extends BrowserJourney {

    static final String SCHOOL = "Hollins Cross Primary School";
    static final String COURSE = "Paediatric first aid";

    @Autowired
    Directory directory;

    @Test
    void aBusinessManagerBooksThreeColleaguesForTwoPlacesAndTheWaitingOneGetsTheFreedPlace(Journey journey) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(21);
        Map<OrganisationRole, AudienceMember> staff = new EnumMap<>(OrganisationRole.class);
        directory.members(Audience.everyone(), LocalDate.now()).stream()
                .filter(m -> m.organisationName().equals(SCHOOL))
                .forEach(m -> staff.put(m.role(), m));
        AudienceMember manager = staff.get(OrganisationRole.BUSINESS_MANAGER);
        AudienceMember head = staff.get(OrganisationRole.HEADTEACHER);
        AudienceMember senco = staff.get(OrganisationRole.SENCO);
        AudienceMember dsl = staff.get(OrganisationRole.DSL);

        // Grace, the events officer, publishes the course.
        Page grace = journey.newPerson();
        grace.navigate("/sign-in/password");
        check(journey, grace, "password-sign-in");
        signInWithPassword(grace, "grace.okafor@elmshire.example", "heads-up-demo");
        assertThat(heading(grace)).hasText("Hello, Grace Okafor");
        check(journey, grace, "officer-home");
        navigation(grace, "Events").click();
        assertThat(heading(grace)).hasText("Events and training");
        check(journey, grace, "events");
        button(grace, "Add an event").click();
        assertThat(heading(grace)).hasText("Add an event");
        check(journey, grace, "add-an-event");

        grace.getByLabel("Training course").check();
        grace.getByLabel("Title").fill(COURSE);
        grace.getByLabel("Description")
                .fill("A full day of **practical** first aid for staff who look after young children.");
        date(grace, "Date", day);
        grace.getByLabel("Start time", new Page.GetByLabelOptions().setExact(true))
                .fill("9:30am");
        grace.getByLabel("End time", new Page.GetByLabelOptions().setExact(true))
                .fill("9am");
        grace.getByLabel("Venue").fill("Shire Hall, Training Room 1");
        grace.getByLabel("Trainer (optional)").fill("St Anne's First Aid Training");
        grace.getByLabel("Contact name").fill("Grace Okafor");
        grace.getByLabel("Contact email").fill("grace.okafor@elmshire.example");
        grace.getByLabel("Confirm places from the waiting list automatically").check();
        grace.getByLabel("Capacity").fill("2");
        grace.getByLabel("Places per school or setting (optional)").fill("4");
        grace.getByLabel("No VAT").check();
        date(grace, "Booking closes", day.minusDays(7));
        date(grace, "Cancellation deadline", day.minusDays(7));
        button(grace, "Publish the event").click();
        Locator summary = grace.locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[] {"End time must be after the start time"});
        assertThat(grace).hasTitle(Pattern.compile("^Error: Add an event"));
        check(journey, grace, "add-an-event-errors");

        grace.getByLabel("End time", new Page.GetByLabelOptions().setExact(true))
                .fill("4pm");

        // The course runs over two days: she adds a session for the second day (one too many, then removes it).
        button(grace, "Add another session").click();
        assertThat(grace.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session 2")))
                .isVisible();
        assertThat(grace.getByLabel("End time of session 1")).hasValue("4pm");
        check(journey, grace, "add-an-event-second-session");
        date(grace, "Date of session 2", day.plusDays(7));
        grace.getByLabel("Start time of session 2").fill("9:30am");
        grace.getByLabel("End time of session 2").fill("12:30pm");
        button(grace, "Add another session").click();
        assertThat(grace.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session 3")))
                .isVisible();
        check(journey, grace, "add-an-event-third-session");
        button(grace, "Remove session 3").click();
        assertThat(grace.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session 3")))
                .hasCount(0);
        assertThat(grace.getByLabel("Start time of session 2")).hasValue("9:30am");
        check(journey, grace, "add-an-event-third-session-removed");

        // She saves it as a draft and previews it: nobody else can see it yet.
        button(grace, "Save as a draft").click();
        assertThat(heading(grace)).hasText(COURSE);
        assertThat(grace.getByRole(AriaRole.ALERT)).containsText(COURSE + " is saved as a draft");
        assertThat(grace.locator("#draft-banner"))
                .containsText("This is a preview of a draft. Only events officers can see it.");
        assertThat(grace.locator("main")).containsText("Session 2: ");
        check(journey, grace, "course-draft-preview");
        String coursePath = java.net.URI.create(grace.url()).getPath();
        Page visitor = journey.newPerson();
        visitor.navigate("/events/public");
        assertThat(heading(visitor)).hasText("Events and training");
        assertThat(visitor.locator("a[href='" + coursePath + "/book']")).hasCount(0);
        check(journey, visitor, "visitor-events-before-publishing");

        button(grace, "Publish the event").click();
        assertThat(heading(grace)).hasText(COURSE);
        assertThat(grace.getByRole(AriaRole.ALERT)).containsText(COURSE + " is published");
        assertThat(grace.locator("#draft-banner")).hasCount(0);
        assertThat(grace.locator("main")).containsText("2 of 2 left");
        assertThat(grace.locator("main")).containsText("Up to 4 places for each school or setting");
        check(journey, grace, "course-published");

        // A visitor finds the course from the home page without signing in; booking asks them to sign in.
        visitor.navigate("/");
        check(journey, visitor, "visitor-home");
        link(visitor, "events and training").click();
        assertThat(heading(visitor)).hasText("Events and training");
        assertThat(visitor.locator("main")).containsText(COURSE);
        check(journey, visitor, "visitor-events");
        Locator book = visitor.locator("a[href='" + coursePath + "/book']");
        assertThat(book).hasText("Sign in to book: " + COURSE);
        book.click();
        assertThat(heading(visitor)).hasText("Sign in");
        check(journey, visitor, "visitor-asked-to-sign-in");

        // The business manager signs in with an emailed link and books three colleagues.
        Page bm = signInByLink(journey, manager, "manager");
        navigation(bm, "Events").click();
        assertThat(heading(bm)).hasText("Events and training");
        check(journey, bm, "events-for-school");
        link(bm, COURSE).click();
        assertThat(heading(bm)).hasText(COURSE);
        check(journey, bm, "course");
        button(bm, "Book a place").click();
        assertThat(heading(bm)).hasText("Book places");
        // The per-school limit is said before anyone hits it.
        assertThat(bm.locator("#per-school-limit"))
                .containsText("Each school or setting can book up to 4 places, waiting list included.");
        check(journey, bm, "book-places");
        Inbox headInbox = Inbox.of(head.email());
        Inbox dslInbox = Inbox.of(dsl.email());
        bm.getByLabel(head.name(), new Page.GetByLabelOptions().setExact(true)).check();
        bm.getByLabel(senco.name(), new Page.GetByLabelOptions().setExact(true)).check();
        bm.getByLabel("Dietary requirements for " + senco.name() + " (optional)")
                .fill("Vegan");
        bm.getByLabel(dsl.name(), new Page.GetByLabelOptions().setExact(true)).check();
        bm.getByLabel("Purchase order reference (optional)").fill("PO-2291");
        button(bm, "Book places").click();
        assertThat(heading(bm)).hasText("Booking complete");
        assertThat(bm.locator(".govuk-panel__body")).hasText("2 places confirmed, 1 on the waiting list");
        assertThat(row(bm, dsl.name())).containsText("Waiting list");
        assertThat(row(bm, head.name())).containsText("Confirmed");
        check(journey, bm, "booking-complete");

        // The business manager then books themself: the course is full, and the page says plainly that no place is
        // confirmed, where they are in the queue and what happens next.
        bm.navigate(coursePath + "/book");
        assertThat(heading(bm)).hasText("Book places");
        assertThat(bm.locator("#per-school-limit")).containsText(SCHOOL + " has 3 already, so you can book 1 more.");
        check(journey, bm, "book-again");
        bm.getByLabel(manager.name(), new Page.GetByLabelOptions().setExact(true))
                .check();
        button(bm, "Book places").click();
        assertThat(heading(bm)).hasText("No place is confirmed: you are on the waiting list");
        assertThat(bm.locator(".govuk-panel--confirmation")).hasCount(0);
        assertThat(bm.locator("main")).containsText("number 2 in the queue");
        assertThat(bm.locator("main")).containsText("What happens next");
        check(journey, bm, "booking-waiting-only");

        // The business manager's bookings and statement of charges read on a phone too.
        bm.navigate("/events/bookings");
        assertThat(heading(bm)).hasText("Your bookings");
        check(journey, bm, "manager-bookings");
        bm.navigate("/events/charges");
        assertThat(heading(bm)).hasText("Your statement of charges");
        check(journey, bm, "manager-charges");

        // Nobody lists another school's staff through the booking form.
        AudienceMember elsewhere = directory.members(Audience.everyone(), LocalDate.now()).stream()
                .filter(m -> !m.organisationName().equals(SCHOOL))
                .findFirst()
                .orElseThrow();
        bm.navigate(coursePath + "/book?organisation=" + elsewhere.organisationId());
        assertThat(heading(bm)).hasText("Page not found");
        assertThat(bm.locator("main")).not().containsText(elsewhere.name());
        check(journey, bm, "another-schools-staff-not-found");

        ReceivedEmail confirmation = headInbox.awaitNext();
        assertThat(confirmation.subject()).isEqualTo("Your place is confirmed: " + COURSE);
        assertThat(dslInbox.awaitNext().subject()).isEqualTo("You are on the waiting list: " + COURSE);

        // The headteacher cancels their place from the link in their confirmation.
        Page headPage = signInByLink(journey, head, "headteacher");
        headPage.navigate("/events/bookings");
        assertThat(heading(headPage)).hasText("Your bookings");
        check(journey, headPage, "headteacher-bookings");
        row(headPage, COURSE)
                .filter(new Locator.FilterOptions().setHasText(head.name()))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Cancel")))
                .click();
        assertThat(heading(headPage)).hasText("Cancel the place of " + head.name() + "?");
        check(journey, headPage, "cancel-place");
        button(headPage, "Cancel the place").click();
        assertThat(headPage.getByRole(AriaRole.ALERT)).containsText("The place for " + head.name() + " is cancelled");
        check(journey, headPage, "place-cancelled");

        // The colleague who was waiting is given the place and told so.
        ReceivedEmail promoted = dslInbox.awaitNext();
        assertThat(promoted.subject()).isEqualTo("A place is free and it is yours: " + COURSE);
        Page mail = journey.openEmail(journey.newPerson(), promoted, "place-is-yours-email");
        assertThat(mail.locator("body")).containsText(manager.name() + " booked a place for you.");

        grace.navigate(coursePath + "/manage");
        assertThat(heading(grace)).hasText("Places and waiting list");
        assertThat(row(grace, dsl.name())).containsText("Confirmed");
        assertThat(row(grace, senco.name())).containsText("Vegan");
        assertThat(row(grace, head.name())).containsText("Cancelled");
        check(journey, grace, "places");

        // The register opens only when the course starts: no attendance can be taken three weeks early.
        grace.navigate(coursePath + "/register");
        assertThat(heading(grace)).hasText("Register: " + COURSE);
        assertThat(grace.locator(".govuk-inset-text")).containsText("This register opens when the session starts");
        assertThat(button(grace, "Save the register")).hasCount(0);
        check(journey, grace, "register-not-open-yet");

        // The SENCo subscribes to the year's Fair Access Protocol panels.
        Page sencoPage = signInByLink(journey, senco, "senco");
        navigation(sencoPage, "Events").click();
        assertThat(heading(sencoPage)).hasText("Events and training");
        check(journey, sencoPage, "senco-events");
        link(sencoPage, "Add events to your calendar").click();
        assertThat(heading(sencoPage)).hasText("Add events to your calendar");
        check(journey, sencoPage, "calendars");
        sencoPage
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Subscribe to Fair Access Protocol panels"))
                .click();
        assertThat(sencoPage.locator(".govuk-panel__title")).hasText("Calendar address ready");
        String address = sencoPage.getByLabel("Calendar address").inputValue();
        assertThat(address).contains("/events/feeds/").endsWith(".ics");
        check(journey, sencoPage, "calendar-address");
        APIResponse feed = sencoPage.context().browser().newContext().request().get(address);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
        assertThat(feed.text()).contains("SUMMARY:Fair Access Protocol panel", "BEGIN:VTIMEZONE");
        APIResponse tampered =
                sencoPage.context().browser().newContext().request().get(address.replace(".ics", "x.ics"));
        assertThat(tampered.status()).isEqualTo(404);
    }

    /** The journey's check: screenshot, axe, and no sideways scroll at 375 px, for every page (the places page too). */
    private static void check(Journey journey, Page page, String name) {
        journey.check(page, name);
    }

    private Page signInByLink(Journey journey, AudienceMember person, String who) {
        Inbox inbox = Inbox.of(person.email());
        Page page = journey.newPerson();
        page.navigate("/sign-in");
        page.getByLabel("Work email address").fill(person.email());
        check(journey, page, who + "-sign-in");
        button(page, "Email me a sign-in link").click();
        assertThat(heading(page)).hasText("Check your email");
        check(journey, page, who + "-check-your-email");
        Page mail = journey.openEmail(page, inbox.awaitNext(), who + "-sign-in-email");
        link(mail, "Sign in to Heads Up").click();
        assertThat(heading(mail)).hasText("Sign in to Heads Up");
        check(journey, mail, who + "-confirm-sign-in");
        button(mail, "Sign in").click();
        assertThat(heading(mail)).hasText("Hello, " + person.name());
        check(journey, mail, who + "-home");
        return mail;
    }

    private static void date(Page page, String legend, LocalDate date) {
        Locator group = page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        group.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(date.getYear()));
    }

    private static Locator row(Page page, String text) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator navigation(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
