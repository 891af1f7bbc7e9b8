package uk.headsup.events.internal.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.internal.Terms;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** The events pages over HTTP: who may do what, and bad input answered with GOV.UK error messages. */
@HeadsUpIntegrationTest
class EventPagesIT {

    static final String OFFICER = "grace.okafor@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPlanning planning;

    @Autowired
    BookingDesk desk;

    @Autowired
    Directory directory;

    AudienceMember member(String school, OrganisationRole role) {
        return directory.members(Audience.of(role), LocalDate.now()).stream()
                .filter(m -> m.organisationName().equals(school))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void schoolStaffCannotRunEventsAndFeedsNeedNoSignInButARealToken() throws Exception {
        Cookie head = SignedIn.schoolStaff(
                mvc,
                jdbc,
                member("Fennick Primary School", OrganisationRole.HEADTEACHER).email());
        mvc.perform(get("/events/new").cookie(head)).andExpect(status().isForbidden());
        Cookie senco = SignedIn.schoolStaff(
                mvc,
                jdbc,
                member("Fennick Primary School", OrganisationRole.SENCO).email());
        mvc.perform(get("/events/charges").cookie(senco)).andExpect(status().isForbidden());
        mvc.perform(get("/events/charges.csv").cookie(senco)).andExpect(status().isForbidden());
        mvc.perform(get("/events").cookie(head)).andExpect(status().isOk());
        mvc.perform(get("/events/feeds/not-a-real-token.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/events")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theBookingFormListsOnlyTheViewersOwnOrganisationsStaffAndOnlyForEventsTheyMaySee() throws Exception {
        long course = planning.add(
                EventFixtures.aCourse().titled("Staff listing course").build(), "test");
        long secondaryOnly = planning.add(
                EventFixtures.aCourse()
                        .titled("Secondary curriculum leads")
                        .forAudience(
                                Audience.everyone().inPhases(uk.headsup.directory.Phase.SECONDARY),
                                "Secondary school staff")
                        .build(),
                "test");
        AudienceMember fennick = member("Fennick Primary School", OrganisationRole.HEADTEACHER);
        AudienceMember otterdenSenco = member("Otterden Primary School", OrganisationRole.SENCO);
        Cookie head = SignedIn.schoolStaff(mvc, jdbc, fennick.email());

        mvc.perform(get("/events/" + course + "/book").cookie(head))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                org.springframework.web.util.HtmlUtils.htmlEscape(fennick.name()))));
        mvc.perform(get("/events/" + course + "/book")
                        .param("organisation", String.valueOf(otterdenSenco.organisationId()))
                        .cookie(head))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                                org.springframework.web.util.HtmlUtils.htmlEscape(otterdenSenco.name())))));
        mvc.perform(post("/events/" + course + "/book")
                        .param("organisation", String.valueOf(otterdenSenco.organisationId()))
                        .param("people", String.valueOf(otterdenSenco.personId()))
                        .cookie(head)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/events/" + secondaryOnly).cookie(head)).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + secondaryOnly + "/book").cookie(head))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("Secondary curriculum leads"))));
        mvc.perform(post("/events/" + secondaryOnly + "/book")
                        .param("organisation", String.valueOf(fennick.organisationId()))
                        .param("people", String.valueOf(fennick.personId()))
                        .cookie(head)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        mvc.perform(get("/events/" + course + "/book")
                        .param("organisation", String.valueOf(otterdenSenco.organisationId()))
                        .cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                org.springframework.web.util.HtmlUtils.htmlEscape(otterdenSenco.name()))));
    }

    @Test
    void aRefusedChangeThatNoFormCanShowLeadsToAPageThatSaysWhy() throws Exception {
        long course = planning.add(
                EventFixtures.aCourse().titled("Twice cancelled course").build(), "test");
        AudienceMember dsl = member("Fennick Primary School", OrganisationRole.DSL);
        long place = desk.book(
                        new BookingDesk.Booker(dsl.email(), dsl.name(), false),
                        new BookingDesk.Request(
                                course,
                                dsl.organisationId(),
                                List.of(new BookingDesk.Attendee(dsl.personId(), "", "")),
                                ""))
                .places()
                .get(0)
                .id();
        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, dsl.email());
        mvc.perform(post("/events/places/" + place + "/cancel").cookie(cookie).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Cancelled again (a second tab, a double click): the place has changed meanwhile.
        mvc.perform(post("/events/places/" + place + "/cancel").cookie(cookie).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/events/problem"))
                .andExpect(flash().attribute("problem", "This place is already cancelled"));
    }

    @Test
    void aDownloadedCalendarFileIsPublishedNotAnInvitationAndTheEvaluationLinkNeedsNoSignIn() throws Exception {
        long course = planning.add(
                EventFixtures.aCourse().titled("Calendar file course").build(), "test");
        AudienceMember dsl = member("Fennick Primary School", OrganisationRole.DSL);
        BookingDesk.Booked booked = desk.book(
                new BookingDesk.Booker(dsl.email(), dsl.name(), false),
                new BookingDesk.Request(
                        course,
                        dsl.organisationId(),
                        java.util.List.of(new BookingDesk.Attendee(dsl.personId(), "=1+2", "Hearing loop")),
                        ""));
        long place = booked.places().get(0).id();
        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, dsl.email());
        String file = mvc.perform(
                        get("/events/places/" + place + "/calendar.ics").cookie(cookie))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        biweekly.ICalendar parsed = biweekly.Biweekly.parse(file).first();
        org.assertj.core.api.Assertions.assertThat(parsed.getMethod().getValue())
                .isEqualTo("PUBLISH");
        org.assertj.core.api.Assertions.assertThat(parsed.getEvents()).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(
                        parsed.getEvents().get(0).getSummary().getValue())
                .isEqualTo("Calendar file course");
        org.assertj.core.api.Assertions.assertThat(parsed.getEvents().get(0).getAttendees())
                .as("a file a person adds invites nobody")
                .isEmpty();

        String delegates = mvc.perform(
                        get("/events/" + course + "/delegates.csv").cookie(SignedIn.authorityStaff(mvc, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(delegates)
                .startsWith(
                        "name,email,school_or_setting,place,dietary_requirements,access_needs,booked_by,purchase_order\r\n")
                .contains(dsl.email() + ",Fennick Primary School,Confirmed,'=1+2,Hearing loop,");
        mvc.perform(get("/events/" + course + "/delegates.csv").cookie(cookie)).andExpect(status().isForbidden());

        String token = "evaluation-link-test-" + place;
        jdbc.sql("update event_places set evaluation_token = :t where id = :id")
                .param("t", token)
                .param("id", place)
                .update();
        mvc.perform(get("/events/evaluations/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tell us what you thought")));
        var answers = post("/events/evaluations/" + token).with(csrf()).param("comments", "Useful");
        for (int q = 0; q < uk.headsup.events.NewEvent.STANDARD_QUESTIONS.size(); q++) {
            answers.param("q" + q, "4");
        }
        mvc.perform(answers).andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select comments from event_evaluations where place_id = :p")
                                .param("p", place)
                                .query(String.class)
                                .single())
                .isEqualTo("Useful");
        mvc.perform(get("/events/evaluations/not-a-token")).andExpect(status().isNotFound());
        // The results stay for events officers.
        mvc.perform(get("/events/evaluations")).andExpect(status().is3xxRedirection());
    }

    @Test
    void visitorsSeeTheComingEventsAndTheirCalendarFeedButNotPanelMeetingsAndBookingAsksThemToSignIn()
            throws Exception {
        long course = planning.add(
                EventFixtures.aCourse().titled("Open to view course").build(), "test");
        long series = planning.addSeries(new uk.headsup.events.NewSeries(
                "Visitor test panels", "", "2026/27", Audience.of(OrganisationRole.SENCO), "SENCos"));
        planning.add(
                EventFixtures.aMeeting(series).titled("Private panel meeting").build(), "test");

        mvc.perform(get("/"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/events/public\"")));
        mvc.perform(get("/events/public"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Open to view course")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/events/" + course + "/book")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("Private panel meeting"))));
        String feed = mvc.perform(get("/events/public.ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        biweekly.ICalendar parsed = biweekly.Biweekly.parse(feed).first();
        org.assertj.core.api.Assertions.assertThat(parsed.getMethod().getValue())
                .isEqualTo("PUBLISH");
        org.assertj.core.api.Assertions.assertThat(parsed.getEvents())
                .extracting(e -> e.getSummary().getValue())
                .contains("Open to view course")
                .doesNotContain("Private panel meeting");
        mvc.perform(get("/events/" + course + "/book")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/events/" + course)).andExpect(status().is3xxRedirection());
    }

    @Test
    void headteachersAndBusinessManagersSeeTheirOwnSchoolsStatementOfChargesAndNoOtherSchools() throws Exception {
        long course = planning.add(
                EventFixtures.aCourse()
                        .titled("Statement course")
                        .costing(12000)
                        .build(),
                "test");
        AudienceMember fennick = member("Fennick Primary School", OrganisationRole.HEADTEACHER);
        AudienceMember otterden = member("Otterden Primary School", OrganisationRole.HEADTEACHER);
        for (AudienceMember booker : java.util.List.of(fennick, otterden)) {
            desk.book(
                    new BookingDesk.Booker(booker.email(), booker.name(), false),
                    new BookingDesk.Request(
                            course,
                            booker.organisationId(),
                            java.util.List.of(new BookingDesk.Attendee(booker.personId(), "", "")),
                            "PO-" + booker.organisationId()));
        }
        // The booking emails are queued after commit, perhaps after the sign-in link: SignedIn looks for the link.
        Cookie head = SignedIn.schoolStaff(mvc, jdbc, fennick.email());
        String term = Terms.of(jdbc.sql("select starts_at from events where id = :id")
                        .param("id", course)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .key();
        mvc.perform(get("/events").cookie(head))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your statement of charges")));
        mvc.perform(get("/events/charges").param("term", term).cookie(head))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your statement of charges")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("PO-" + fennick.organisationId())))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("Otterden Primary School"))));
        mvc.perform(get("/events/charges.csv").param("term", term).cookie(head))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fennick Primary School")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("Otterden Primary School"))));
        mvc.perform(get("/events/charges").param("term", term).cookie(SignedIn.authorityStaff(mvc, OFFICER)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Otterden Primary School")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fennick Primary School")));
    }

    @Test
    void aRefusedBookingIsShownOnTheFormAsAGovUkError() throws Exception {
        AudienceMember head = member("Otterden Primary School", OrganisationRole.HEADTEACHER);
        long closed = planning.add(
                EventFixtures.aCourse()
                        .titled("Late course")
                        .bookingClosedDaysAgo(2)
                        .build(),
                "test");
        Cookie session = SignedIn.schoolStaff(mvc, jdbc, head.email());
        mvc.perform(post("/events/" + closed + "/book")
                        .cookie(session)
                        .with(csrf())
                        .param("organisation", String.valueOf(head.organisationId()))
                        .param("people", String.valueOf(head.personId())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: Book places")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Booking for Late course closed at 5pm on")));
    }

    @Test
    void anEventFormWithCapacityBelowTheConfirmedPlacesIsRejected() throws Exception {
        long event = planning.add(EventFixtures.aCourse().withPlaces(5).build(), "test");
        AudienceMember manager =
                member("Amberley Green Church of England Primary School", OrganisationRole.BUSINESS_MANAGER);
        AudienceMember head = member("Amberley Green Church of England Primary School", OrganisationRole.HEADTEACHER);
        desk.book(
                new BookingDesk.Booker(manager.email(), manager.name(), false),
                new BookingDesk.Request(
                        event,
                        manager.organisationId(),
                        java.util.List.of(
                                new BookingDesk.Attendee(manager.personId(), "", ""),
                                new BookingDesk.Attendee(head.personId(), "", "")),
                        ""));
        Cookie grace = SignedIn.authorityStaff(mvc, OFFICER);
        String form = mvc.perform(get("/events/" + event + "/edit").cookie(grace))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(form).contains("name=\"capacity\"");
        mvc.perform(post("/events/" + event + "/capacity")
                        .cookie(grace)
                        .with(csrf())
                        .param("capacity", "1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Capacity must be at least 2, the number of places already confirmed or offered")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: ")));
    }

    @Test
    void aCalendarOfMeetingsNeedsAnAcademicYearAndAnAudience() throws Exception {
        Cookie grace = SignedIn.authorityStaff(mvc, OFFICER);
        mvc.perform(post("/events/series/new")
                        .cookie(grace)
                        .with(csrf())
                        .param("title", "Assessment panels")
                        .param("academicYear", "2025/27"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Enter the academic year like 2025/26")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose who the meetings are for")));
        mvc.perform(post("/events/series/new")
                        .cookie(grace)
                        .with(csrf())
                        .param("title", "Assessment panels")
                        .param("academicYear", "2025/26")
                        .param("roles", "SENCO"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select audience_label from event_series where title = 'Assessment panels'")
                                .query(String.class)
                                .single())
                .isEqualTo("SENCos of schools and settings");

        long id = jdbc.sql("select id from event_series where title = 'Assessment panels'")
                .query(Long.class)
                .single();
        mvc.perform(get("/events/series").cookie(grace))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/events/series/" + id + "/edit")));
        mvc.perform(get("/events/series/" + id + "/edit").cookie(grace))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2025/26\"")));
        mvc.perform(post("/events/series/" + id + "/edit")
                        .cookie(grace)
                        .with(csrf())
                        .param("title", "Assessment moderation panels")
                        .param("academicYear", "2025/2026")
                        .param("roles", "SENCO"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Enter the academic year like 2025/26")));
        mvc.perform(post("/events/series/" + id + "/edit")
                        .cookie(grace)
                        .with(csrf())
                        .param("title", "Assessment moderation panels")
                        .param("academicYear", "2025/26")
                        .param("roles", "SENCO")
                        .param("roles", "PASTORAL_LEAD"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select title || ': ' || audience_label from event_series where id = :id")
                                .param("id", id)
                                .query(String.class)
                                .single())
                .startsWith("Assessment moderation panels: ")
                .contains("SENCos")
                .containsIgnoringCase("pastoral");
        Cookie head = SignedIn.schoolStaff(
                mvc,
                jdbc,
                member("Fennick Primary School", OrganisationRole.HEADTEACHER).email());
        mvc.perform(get("/events/series/" + id + "/edit").cookie(head)).andExpect(status().isForbidden());
    }

    @Test
    void theRegisterShowsEachPlacesMarkAndACorrectionResettlesThePlace() throws Exception {
        long course = planning.add(
                EventFixtures.aCourse()
                        .titled("Register page course")
                        .inDays(-3)
                        .build(),
                OFFICER);
        AudienceMember head = member("Fennick Primary School", OrganisationRole.HEADTEACHER);
        planning.recordHeld(course, head.organisationId(), List.of(head.personId()), List.of(), OFFICER, "Grace");
        long place = jdbc.sql("select id from event_places where event_id = :e")
                .param("e", course)
                .query(Long.class)
                .single();
        long session = jdbc.sql("select id from event_sessions where event_id = :e")
                .param("e", course)
                .query(Long.class)
                .single();
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);

        String page = mvc.perform(get("/events/" + course + "/register").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(radio(page, "attended-" + place))
                .contains("value=\"ATTENDED\"")
                .contains("checked");
        assertThat(radio(page, "no-show-" + place))
                .contains("value=\"NO_SHOW\"")
                .doesNotContain("checked");

        mvc.perform(post("/events/" + course + "/register")
                        .param("session", String.valueOf(session))
                        .param("attendance-" + place, "NO_SHOW")
                        .param("attendance-999999999", "ATTENDED")
                        .param("attendance-nonsense", "NO_SHOW")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/events/" + course + "/register").cookie(officer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(radio(page, "attended-" + place)).doesNotContain("checked");
        assertThat(radio(page, "no-show-" + place)).contains("checked");
        assertThat(jdbc.sql("select attendance from event_places where id = :p")
                        .param("p", place)
                        .query(String.class)
                        .single())
                .isEqualTo(Attendance.NO_SHOW.name());
    }

    /** The register's radio input with this id, as the page has it. */
    private static String radio(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("radio " + id).isGreaterThan(0);
        return page.substring(page.lastIndexOf("<input", at), page.indexOf(">", at) + 1);
    }
}
