package uk.headsup.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.mailing.UntrackedLinks;
import uk.headsup.platform.Site;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;
import uk.headsup.wellbeing.WellbeingFixtures.AnOffer;
import uk.headsup.wellbeing.WellbeingFixtures.School;
import uk.headsup.wellbeing.WellbeingFixtures.Staff;

/**
 * A peer group runs as an event booked as usual, and who is in it is seen only by the wellbeing coordinator and by
 * each member (their own place): not by events officers or administrators on any events page, not by a colleague
 * who books for the school, not by another member.
 */
@HeadsUpIntegrationTest
class WellbeingPeerGroupIT {

    static final String EVENTS_OFFICER = "grace.okafor@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords records;

    @Autowired
    OfferCatalogue offers;

    @Autowired
    StaffLookup staff;

    @Autowired
    EventPlanning planning;

    @Autowired
    List<UntrackedLinks> untracked;

    @Autowired
    Site site;

    @Test
    void whoIsInAPeerGroupIsSeenOnlyByTheCoordinatorAndEachMemberTheirOwnPlace() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        School school = fixtures.aSchool();
        School another = fixtures.aSchool();
        Staff head = fixtures.aMemberOfStaff(school, OrganisationRole.HEADTEACHER);
        Staff deputy = fixtures.aMemberOfStaff(school, OrganisationRole.DEPUTY_HEADTEACHER);
        Staff bursar = fixtures.aMemberOfStaff(school, OrganisationRole.BUSINESS_MANAGER);
        Staff otherHead = fixtures.aMemberOfStaff(another, OrganisationRole.HEADTEACHER);
        AnOffer group = fixtures.aPeerGroupOffer();
        staff.forget();

        Cookie coordinator = SignedIn.authorityStaff(mvc, WellbeingFixtures.COORDINATOR);
        // A message rendered just before: the peer groups' events are now kept in memory.
        untracked.forEach(u -> u.untracked(site.link("/events/1/book")));
        String page = "/wellbeing/manage/offers/" + group.id() + "/peer-group";
        LocalDate first = WellbeingFixtures.TODAY.plusDays(14);
        mvc.perform(post(page)
                        .cookie(coordinator)
                        .with(csrf())
                        .param("firstMeeting.day", "31")
                        .param("firstMeeting.month", "2")
                        .param("firstMeeting.year", "2027")
                        .param("starts", "16:00")
                        .param("ends", "15:00")
                        .param("meetings", "4")
                        .param("weeksApart", "6")
                        .param("venue", "")
                        .param("places", "8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The meetings must end after they start")))
                .andExpect(content().string(containsString("Enter where the group meets, or Online")));
        mvc.perform(post(page)
                        .cookie(coordinator)
                        .with(csrf())
                        .param("firstMeeting.day", Integer.toString(first.getDayOfMonth()))
                        .param("firstMeeting.month", Integer.toString(first.getMonthValue()))
                        .param("firstMeeting.year", Integer.toString(first.getYear()))
                        .param("starts", "16:00")
                        .param("ends", "17:30")
                        .param("meetings", "4")
                        .param("weeksApart", "6")
                        .param("venue", "Elm Room, Northbrook Library")
                        .param("places", "8"))
                .andExpect(redirectedUrl(page));
        long event = jdbc.sql("select event_id from wellbeing_offers where id = :id")
                .param("id", group.id())
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from event_sessions where event_id = :e")
                        .param("e", event)
                        .query(Long.class)
                        .single())
                .as("a series of four meetings")
                .isEqualTo(4);

        // Each member books as usual, for themselves only: not even the head can book a colleague.
        Cookie headSession = SignedIn.schoolStaff(mvc, jdbc, head.email());
        Cookie otherSession = SignedIn.schoolStaff(mvc, jdbc, otherHead.email());
        mvc.perform(get("/wellbeing").cookie(headSession))
                .andExpect(content().string(containsString("/events/" + event)))
                .andExpect(content().string(not(containsString("/wellbeing/offers/" + group.id() + "/ask"))));
        mvc.perform(book(event, school, deputy).cookie(headSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is confidential, so each person books their own place")));
        mvc.perform(book(event, school, head).cookie(headSession))
                .andExpect(redirectedUrlPattern("/events/bookings/*"));
        mvc.perform(book(event, another, otherHead).cookie(otherSession))
                .andExpect(redirectedUrlPattern("/events/bookings/*"));
        Map<String, Object> place =
                jdbc.sql("""
                        select id, booking_id from event_places where event_id = :e and lower(attendee_email) = lower(:m)
                        """).param("e", event).param("m", head.email()).query().singleRow();
        long placeId = ((Number) place.get("id")).longValue();
        long bookingId = ((Number) place.get("booking_id")).longValue();

        // The coordinator sees who is in the group.
        mvc.perform(get(page).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(head.name())))
                .andExpect(content().string(containsString(otherHead.name())));

        // Events officers and administrators see the event, never who booked it.
        for (String officer : List.of(EVENTS_OFFICER, SignedIn.ADMIN)) {
            Cookie session = SignedIn.authorityStaff(mvc, officer);
            for (String address : List.of(
                    "/events/" + event + "/manage",
                    "/events/" + event + "/delegates.csv",
                    "/events/" + event + "/register",
                    "/events/bookings/" + bookingId,
                    "/events/places/" + placeId + "/cancel",
                    "/events/places/" + placeId + "/substitute",
                    "/events/places/" + placeId + "/calendar.ics")) {
                mvc.perform(get(address).cookie(session))
                        .andExpect(status().isNotFound())
                        .andExpect(content().string(not(containsString(head.name()))));
            }
            for (String action : List.of(
                    "/events/" + event + "/nudge",
                    "/events/" + event + "/capacity",
                    "/events/places/" + placeId + "/cancel",
                    "/events/places/" + placeId + "/waive")) {
                mvc.perform(post(action).cookie(session).with(csrf()).param("capacity", "9"))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(get("/events/" + event).cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(head.name()))));
            mvc.perform(get("/events/" + event + "/book").cookie(session))
                    .andExpect(content().string(not(containsString(head.name()))));
            mvc.perform(post("/events/" + event + "/book")
                            .cookie(session)
                            .with(csrf())
                            .param("organisation", Long.toString(school.id()))
                            .param("people", Long.toString(deputy.id())))
                    .andExpect(content().string(containsString("is confidential")));
        }
        assertThat(jdbc.sql("select status from event_places where id = :p")
                        .param("p", placeId)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select count(*) from event_places where event_id = :e")
                        .param("e", event)
                        .query(Long.class)
                        .single())
                .as("nobody booked anyone else")
                .isEqualTo(2);

        // Each member sees their own place; nobody else's, not even the colleague who books for the school.
        mvc.perform(get("/events/bookings").cookie(headSession))
                .andExpect(content().string(containsString(group.title())));
        mvc.perform(get("/events/bookings").cookie(otherSession))
                .andExpect(content().string(containsString(group.title())))
                .andExpect(content().string(not(containsString(head.name()))));
        mvc.perform(get("/events/bookings/" + bookingId).cookie(otherSession)).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + event + "/book").cookie(otherSession))
                .andExpect(content().string(not(containsString(head.name()))));
        Cookie bursarSession = SignedIn.schoolStaff(mvc, jdbc, bursar.email());
        for (String address : List.of("/events/bookings", "/events/charges", "/events/" + event + "/book")) {
            mvc.perform(get(address).cookie(bursarSession))
                    .andExpect(content().string(not(containsString(head.name()))));
        }
        mvc.perform(get("/events/bookings/" + bookingId).cookie(bursarSession)).andExpect(status().isNotFound());

        // Only the event kept confidential lists anyone through the coordinator's door; its links are never tracked.
        assertThat(planning.confidentialAttendees(event)).hasSize(2);
        assertThat(untracked)
                .anyMatch(u -> u.untracked(site.link("/events/" + event + "/book")))
                .noneMatch(u -> u.untracked(site.link("/events/" + (event + 1_000_000) + "/book")));

        // Its places count in the uptake as requests do: by offer, kind, phase and term, never by name.
        mvc.perform(get("/wellbeing/manage/uptake").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(group.title())))
                .andExpect(content().string(not(containsString(head.name()))))
                .andExpect(content().string(not(containsString(otherHead.name()))));
    }

    private static MockHttpServletRequestBuilder book(long event, School school, Staff who) {
        return post("/events/" + event + "/book")
                .with(csrf())
                .param("organisation", Long.toString(school.id()))
                .param("people", Long.toString(who.id()));
    }
}
