package uk.headsup.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;
import uk.headsup.wellbeing.WellbeingFixtures.AnOffer;
import uk.headsup.wellbeing.WellbeingFixtures.School;
import uk.headsup.wellbeing.WellbeingFixtures.Staff;

/**
 * A head asks for supervision in confidence and the wellbeing coordinator brokers it; nobody else, administrators
 * included, can reach the request or the uptake; bad input is refused with a clear message and nothing is lost.
 */
@HeadsUpIntegrationTest
class WellbeingRequestsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords records;

    @Autowired
    OfferCatalogue offers;

    @Test
    void aHeadAsksForSupervisionAndTheCoordinatorMatchesAndClosesIt() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        School school = fixtures.aSchool();
        Staff head = fixtures.aMemberOfStaff(school, OrganisationRole.HEADTEACHER);
        AnOffer supervision = fixtures.aSupervisionOfferForHeads(WellbeingFixtures.TODAY.plusMonths(3));
        Cookie headSession = SignedIn.schoolStaff(mvc, jdbc, head.email());

        mvc.perform(get("/wellbeing").cookie(headSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(supervision.title())))
                .andExpect(content().string(containsString("/wellbeing/offers/" + supervision.id() + "/ask")));
        mvc.perform(post("/wellbeing/offers/" + supervision.id() + "/ask")
                        .cookie(headSession)
                        .with(csrf())
                        .param("note", "I could not find an hour for myself this term.")
                        .param("contactBy", "PHONE")
                        .param("phone", "01632 960999"))
                .andExpect(redirectedUrl("/wellbeing/requests"));
        long id = requestOf(head);
        mvc.perform(get("/wellbeing/requests").cookie(headSession))
                .andExpect(content().string(containsString(supervision.title() + " (request " + id + ")")))
                .andExpect(content().string(containsString("Received")));

        Cookie coordinator = SignedIn.authorityStaff(mvc, WellbeingFixtures.COORDINATOR);
        mvc.perform(get("/wellbeing/manage/requests").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Request " + id + ": " + supervision.title())))
                .andExpect(content().string(not(containsString(head.name()))));
        assertThat(readings(id))
                .as("the list names nobody, and is not a reading")
                .isZero();
        mvc.perform(get("/wellbeing/manage/requests/" + id).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(head.name())))
                .andExpect(content().string(containsString("01632 960999")))
                .andExpect(content().string(containsString("I could not find an hour for myself this term.")));
        assertThat(readings(id)).isEqualTo(1);

        String at = "/wellbeing/manage/requests/" + id;
        mvc.perform(post(at + "/acknowledge").cookie(coordinator).with(csrf())).andExpect(redirectedUrl(at));
        mvc.perform(post(at + "/match")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("supporter", "Dr Ruth Hale")
                        .param("sessions", "6"))
                .andExpect(redirectedUrl(at));
        mvc.perform(post(at + "/session").cookie(coordinator).with(csrf())).andExpect(redirectedUrl(at));
        mvc.perform(get("/wellbeing/requests").cookie(headSession))
                .andExpect(content().string(containsString("Dr Ruth Hale")))
                .andExpect(content().string(containsString("1 of 6 used")))
                .andExpect(content().string(containsString("Matched")));
        mvc.perform(post(at + "/close").cookie(coordinator).with(csrf())).andExpect(redirectedUrl(at));
        assertThat(statusOf(id)).isEqualTo("CLOSED");
        mvc.perform(get("/wellbeing/requests").cookie(headSession))
                .andExpect(content().string(containsString("Closed")))
                .andExpect(content().string(not(containsString("Withdraw"))));

        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        mvc.perform(get("/admin/wellbeing/reads").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Request <span>" + id + "</span>, read by")))
                .andExpect(content().string(containsString(WellbeingFixtures.COORDINATOR)))
                .andExpect(content().string(not(containsString("could not find an hour"))))
                .andExpect(content().string(not(containsString(head.name()))));
        mvc.perform(get("/admin/wellbeing/reads").cookie(coordinator)).andExpect(status().isForbidden());
    }

    @Test
    void anAdminAnEditorAnotherSchoolsHeadAndTheSameSchoolsSencoSeeNothing() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        School school = fixtures.aSchool();
        School another = fixtures.aSchool();
        Staff head = fixtures.aMemberOfStaff(school, OrganisationRole.HEADTEACHER);
        Staff senco = fixtures.aMemberOfStaff(school, OrganisationRole.SENCO);
        Staff otherHead = fixtures.aMemberOfStaff(another, OrganisationRole.HEADTEACHER);
        AnOffer supervision = fixtures.aSupervisionOfferForHeads(WellbeingFixtures.TODAY.plusMonths(3));
        Cookie headSession = SignedIn.schoolStaff(mvc, jdbc, head.email());
        mvc.perform(post("/wellbeing/offers/" + supervision.id() + "/ask")
                        .cookie(headSession)
                        .with(csrf())
                        .param("note", "Secret note about my week")
                        .param("contactBy", "EMAIL"))
                .andExpect(redirectedUrl("/wellbeing/requests"));
        long id = requestOf(head);

        Map<String, Cookie> others = new LinkedHashMap<>();
        others.put("admin", SignedIn.authorityStaff(mvc, SignedIn.ADMIN));
        others.put("editor", SignedIn.authorityStaff(mvc, SignedIn.EDITOR));
        others.put("another school's head", SignedIn.schoolStaff(mvc, jdbc, otherHead.email()));
        others.put("the same school's SENCo", SignedIn.schoolStaff(mvc, jdbc, senco.email()));
        for (Map.Entry<String, Cookie> other : others.entrySet()) {
            Cookie session = other.getValue();
            boolean authority = other.getKey().equals("admin") || other.getKey().equals("editor");
            for (String path : List.of(
                    "/wellbeing/manage/requests",
                    "/wellbeing/manage/requests/" + id,
                    "/wellbeing/manage/requests/" + (id + 1_000_000))) {
                mvc.perform(get(path).cookie(session))
                        .andExpect(status().isNotFound())
                        .andExpect(content().string(not(containsString("Secret note"))));
            }
            for (String action : List.of("acknowledge", "match", "session", "close")) {
                mvc.perform(post("/wellbeing/manage/requests/" + id + "/" + action)
                                .cookie(session)
                                .with(csrf())
                                .param("supporter", "Someone")
                                .param("sessions", "3"))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(post("/wellbeing/requests/" + id + "/withdraw")
                            .cookie(session)
                            .with(csrf()))
                    .andExpect(authority ? status().isForbidden() : status().isNotFound());
            mvc.perform(get("/wellbeing/requests").cookie(session))
                    .andExpect(authority ? status().isForbidden() : status().isOk())
                    .andExpect(content().string(not(containsString("Secret note"))))
                    .andExpect(content().string(not(containsString("request " + id + ")"))));
            mvc.perform(get("/wellbeing/manage/uptake").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/wellbeing/manage/offers").cookie(session)).andExpect(status().isForbidden());
        }
        assertThat(statusOf(id)).as("nobody else changed it").isEqualTo("REQUESTED");
        assertThat(readings(id)).as("nobody read it").isZero();

        mvc.perform(post("/wellbeing/requests/" + id + "/withdraw")
                        .cookie(headSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/wellbeing/requests"));
        assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void anOverLongNoteOrAnExpiredOfferIsRefusedWithAClearMessageAndNothingIsLost() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        Staff head = fixtures.aMemberOfStaff(fixtures.aSchool(), OrganisationRole.HEADTEACHER);
        AnOffer current = fixtures.aSupervisionOfferForHeads(WellbeingFixtures.TODAY);
        AnOffer expired = fixtures.aSupervisionOfferForHeads(WellbeingFixtures.TODAY.minusDays(1));
        Cookie session = SignedIn.schoolStaff(mvc, jdbc, head.email());
        String longNote = "Words of mine. ".repeat(70) + "THE END";

        mvc.perform(post("/wellbeing/offers/" + current.id() + "/ask")
                        .cookie(session)
                        .with(csrf())
                        .param("note", longNote)
                        .param("contactBy", "EMAIL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The note must be 1,000 characters or fewer")))
                .andExpect(content().string(containsString("THE END")));
        mvc.perform(post("/wellbeing/offers/" + current.id() + "/ask")
                        .cookie(session)
                        .with(csrf())
                        .param("note", "Please call")
                        .param("contactBy", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the phone number to call you on")));

        mvc.perform(get("/wellbeing").cookie(session))
                .andExpect(content().string(containsString(current.title())))
                .andExpect(content().string(not(containsString(expired.title()))));
        mvc.perform(get("/wellbeing/offers/" + expired.id() + "/ask").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("it can no longer be asked for")));
        mvc.perform(post("/wellbeing/offers/" + expired.id() + "/ask")
                        .cookie(session)
                        .with(csrf())
                        .param("note", "Kept note")
                        .param("contactBy", "EMAIL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("it can no longer be asked for")))
                .andExpect(content().string(containsString("Kept note")));
        assertThat(jdbc.sql("select count(*) from wellbeing_requests where lower(requester_email) = lower(:e)")
                        .param("e", head.email())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void visitorsSeeTheDirectAccessOffersOnlyAndThePrivacyNotice() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        AnOffer brokered = fixtures.aSupervisionOfferForHeads(WellbeingFixtures.TODAY.plusDays(5));
        mvc.perform(get("/wellbeing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Education Support helpline")))
                .andExpect(content().string(containsString("08000 562 561")))
                .andExpect(content().string(not(containsString(brokered.title()))))
                .andExpect(content().string(not(containsString("Wellbeing webinar series (ended)"))));
        mvc.perform(get("/wellbeing/privacy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12 months")));
        mvc.perform(get("/wellbeing/requests")).andExpect(status().is3xxRedirection());
    }

    private long requestOf(Staff head) {
        return jdbc.sql("select id from wellbeing_requests where lower(requester_email) = lower(:e)")
                .param("e", head.email())
                .query(Long.class)
                .single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from wellbeing_requests where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long readings(long id) {
        return jdbc.sql("select count(*) from wellbeing_request_reads where request_number = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
