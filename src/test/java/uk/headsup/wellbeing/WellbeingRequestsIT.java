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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.AuthorityRole;
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

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theCoordinatorAddsAnOfferAndABadOneIsRefusedFieldByField() throws Exception {
        Cookie coordinator = SignedIn.authorityStaff(mvc, WellbeingFixtures.COORDINATOR);
        mvc.perform(post("/wellbeing/manage/offers/new")
                        .param("title", "")
                        .param("access", "DIRECT")
                        .param("capacity", "many")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("Enter the title")))
                .andExpect(content().string(containsString("The number of places must be a whole number, like 5")))
                .andExpect(content().string(containsString("Enter a phone number or a web address for direct access")))
                .andExpect(content().string(containsString("Enter the date the offer is available until")))
                .andExpect(content().string(containsString("value=\"Free\"")));
        String title = "Coaching for new heads " + System.nanoTime();
        mvc.perform(post("/wellbeing/manage/offers/new")
                        .param("title", " " + title + " ")
                        .param("provider", "Elmshire Coaching")
                        .param("kind", "COACHING")
                        .param("description", "Six sessions.")
                        .param("roles", "HEADTEACHER")
                        .param("maxYearsAsHead", "3")
                        .param("cost", "Free")
                        .param("access", "BROKERED")
                        .param("availableUntil.day", "31")
                        .param("availableUntil.month", "7")
                        .param("availableUntil.year", "2099")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/wellbeing/manage/offers"));
        assertThat(jdbc.sql("select max_years_as_head from wellbeing_offers where title = :t")
                        .param("t", title)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

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
    void anAdminAnEditorAnotherSchoolsHeadAndTheSameSchoolsSencoSeeNothingAtEveryRequestAddress() throws Exception {
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
        long missing = id + 1_000_000;

        // Every address that names or lists requests, and the uptake, read from the application's own mappings: a
        // request page added tomorrow is tried too.
        List<String> addresses = requestAddresses();
        assertThat(addresses)
                .contains(
                        "GET /wellbeing/manage/requests",
                        "GET /wellbeing/manage/requests/{id}",
                        "POST /wellbeing/manage/requests/{id}/match",
                        "POST /wellbeing/requests/{id}/withdraw",
                        "GET /wellbeing/requests",
                        "GET /wellbeing/manage/uptake");

        Map<String, Cookie> others = new LinkedHashMap<>();
        others.put("an administrator", SignedIn.authorityStaff(mvc, anAdministratorOnly()));
        others.put("an editor", SignedIn.authorityStaff(mvc, SignedIn.EDITOR));
        others.put("another school's head", SignedIn.schoolStaff(mvc, jdbc, otherHead.email()));
        others.put("the same school's SENCo", SignedIn.schoolStaff(mvc, jdbc, senco.email()));
        for (Map.Entry<String, Cookie> other : others.entrySet()) {
            Cookie session = other.getValue();
            boolean schoolStaff = other.getKey().contains("school");
            for (String address : addresses) {
                String method = address.substring(0, address.indexOf(' '));
                String pattern = address.substring(address.indexOf(' ') + 1);
                String as = address + " as " + other.getKey();
                if (pattern.equals("/wellbeing/requests") && schoolStaff) {
                    // Their own requests: there are none.
                    mvc.perform(get(pattern).cookie(session))
                            .andExpect(status().isOk())
                            .andExpect(content().string(not(containsString("Secret note"))))
                            .andExpect(content().string(not(containsString("request " + id + ")"))))
                            .andExpect(content().string(containsString("You have not asked for anything yet")));
                    continue;
                }
                MockHttpServletResponse real = perform(method, pattern.replace("{id}", Long.toString(id)), session);
                MockHttpServletResponse none =
                        perform(method, pattern.replace("{id}", Long.toString(missing)), session);
                assertThat(real.getStatus()).as(as).isEqualTo(404);
                assertThat(none.getStatus())
                        .as(as + ", a number that does not exist")
                        .isEqualTo(404);
                assertThat(real.getContentAsString())
                        .as(as + ": the same answer as for a request that does not exist")
                        .isEqualTo(none.getContentAsString())
                        .doesNotContain("Secret note")
                        .doesNotContain(head.name());
            }
        }
        assertThat(statusOf(id)).as("nobody else changed it").isEqualTo("REQUESTED");
        assertThat(readings(id)).as("nobody read it").isZero();

        // The authority's leaders (publishers) see the uptake, with nobody's name; the coordinator too.
        Cookie leader = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        for (Cookie allowed : List.of(leader, SignedIn.authorityStaff(mvc, WellbeingFixtures.COORDINATOR))) {
            mvc.perform(get("/wellbeing/manage/uptake").cookie(allowed))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Requests and peer-group places by offer")))
                    .andExpect(content().string(not(containsString(head.name()))));
        }
        mvc.perform(get("/wellbeing/manage/requests/" + id).cookie(leader)).andExpect(status().isNotFound());
        mvc.perform(get("/wellbeing/manage/uptake")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/wellbeing/requests/" + id + "/withdraw")
                        .cookie(headSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/wellbeing/requests"));
        assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void requestsBeyondAnOffersPlacesWaitAndTheCoordinatorTakesThemOnOnlyWhenOneIsFree() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        AnOffer supervision = fixtures.aSupervisionOfferForHeads(WellbeingFixtures.TODAY.plusMonths(3), 2);
        List<Staff> heads = List.of(
                fixtures.aMemberOfStaff(fixtures.aSchool(), OrganisationRole.HEADTEACHER),
                fixtures.aMemberOfStaff(fixtures.aSchool(), OrganisationRole.HEADTEACHER),
                fixtures.aMemberOfStaff(fixtures.aSchool(), OrganisationRole.HEADTEACHER));
        List<Cookie> sessions = new java.util.ArrayList<>();
        for (Staff head : heads) {
            Cookie session = SignedIn.schoolStaff(mvc, jdbc, head.email());
            sessions.add(session);
            mvc.perform(post("/wellbeing/offers/" + supervision.id() + "/ask")
                            .cookie(session)
                            .with(csrf())
                            .param("note", "")
                            .param("contactBy", "EMAIL"))
                    .andExpect(redirectedUrl("/wellbeing/requests"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                            .attribute(
                                    "success",
                                    head == heads.get(2)
                                            ? containsString("Every place is taken just now")
                                            : containsString("Your request is sent")));
        }
        long first = requestOf(heads.get(0));
        long third = requestOf(heads.get(2));
        assertThat(statusOf(third)).isEqualTo("WAITING");
        mvc.perform(get("/wellbeing/requests").cookie(sessions.get(2)))
                .andExpect(content().string(containsString("Waiting for a place")));

        Cookie coordinator = SignedIn.authorityStaff(mvc, WellbeingFixtures.COORDINATOR);
        mvc.perform(get("/wellbeing/manage/requests").cookie(coordinator))
                .andExpect(content().string(containsString("Waiting for a place")));
        String at = "/wellbeing/manage/requests/" + third;
        mvc.perform(post(at + "/acknowledge").cookie(coordinator).with(csrf()))
                .andExpect(redirectedUrl(at))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", containsString("All 2 places of " + supervision.title() + " are taken")));
        assertThat(statusOf(third)).isEqualTo("WAITING");

        mvc.perform(post("/wellbeing/manage/requests/" + first + "/close")
                .cookie(coordinator)
                .with(csrf()));
        mvc.perform(post(at + "/acknowledge").cookie(coordinator).with(csrf())).andExpect(redirectedUrl(at));
        assertThat(statusOf(third)).isEqualTo("ACKNOWLEDGED");
    }

    /** "METHOD pattern" of every endpoint that names or lists requests, and the uptake. */
    private List<String> requestAddresses() {
        List<String> addresses = new java.util.ArrayList<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/wellbeing/manage/requests")
                                || p.startsWith("/wellbeing/requests")
                                || p.equals("/wellbeing/manage/uptake"))
                        .forEach(p -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> addresses.add(m.name() + " " + p))));
        java.util.Collections.sort(addresses);
        return addresses;
    }

    private MockHttpServletResponse perform(String method, String path, Cookie session) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET")
                ? get(path)
                : post(path).with(csrf()).param("supporter", "Someone").param("sessions", "3");
        return mvc.perform(request.cookie(session)).andReturn().getResponse();
    }

    /** An administrator who holds no other role (the demo's administrator is also a publisher, a leader). */
    private String anAdministratorOnly() {
        String email = "wellbeing.admin.only@elmshire.example";
        if (!accounts.hasAuthorityAccount(email)) {
            accounts.createAuthorityAccount(
                    email, "Alex Admin", java.util.EnumSet.of(AuthorityRole.ADMIN), SignedIn.DEMO_PASSWORD);
        }
        return email;
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
