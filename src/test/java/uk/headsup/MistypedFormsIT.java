package uk.headsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.safeguarding.SafeguardingRecords;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferCatalogue;
import uk.headsup.wellbeing.OfferKind;

/**
 * Every form with a typed field (a number, a date, an id, a choice, a tick box), sent a value that cannot be read as
 * that type: the form comes back with the GOV.UK error summary and the field's own message, what was typed is kept,
 * and nothing is saved. Never a 400 or a 500 for a form, and never the value quietly dropped and the rest saved. Some
 * forms bind the typed value themselves ({@code Long}, {@code Boolean}, enums: see {@code FormBinding}); the others
 * take text and read it in their validators.
 */
@HeadsUpIntegrationTest
class MistypedFormsIT {

    /**
     * A school no other test signs in at: sign-in links are limited to a few an address in a while, and the tests
     * share one application.
     */
    private static final String SCHOOL = "Moxley Green Church of England Primary School";

    private static final String EVENTS = "grace.okafor@elmshire.example";
    private static final String SAFEGUARDING = "helen.marsh@elmshire.example";
    private static final String SCHEMES = "amira.haddad@elmshire.example";
    private static final String WELLBEING = "nadia.brooks@elmshire.example";
    private static final String INCLUSION = "marcus.reid@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    @Autowired
    OfferCatalogue offers;

    /**
     * One form sent with mistyped values: who sends it, each field whose message the page must show, something typed
     * that the page must keep (or null), and the table that must not change (or null for a form that saves nothing).
     */
    record Sent(
            String form,
            Cookie who,
            MockHttpServletRequestBuilder request,
            Map<String, String> problems,
            String kept,
            String table) {}

    @Test
    void aMistypedValueIsShownOnItsFieldAndNothingIsSaved() throws Exception {
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        Cookie events = SignedIn.authorityStaff(mvc, EVENTS);
        Cookie safeguarding = SignedIn.authorityStaff(mvc, SAFEGUARDING);
        Cookie schemes = SignedIn.authorityStaff(mvc, SCHEMES);
        Cookie wellbeing = SignedIn.authorityStaff(mvc, WELLBEING);
        Cookie inclusion = SignedIn.authorityStaff(mvc, INCLUSION);
        AudienceMember head = member(SCHOOL, OrganisationRole.HEADTEACHER);
        Cookie school = SignedIn.schoolStaff(mvc, jdbc, head.email());

        String scheme = single("select key from recognition_schemes order by key limit 1", String.class);
        long framework = aFrameworkCopy(safeguarding);
        long article = created(post("/bulletins/articles/new")
                .param("title", "A draft")
                .param("summary", "A summary")
                .param("body", "A body")
                .cookie(editor));
        long edition = aDraftEdition(editor);
        long course =
                planning.add(EventFixtures.aCourse().titled("Mistyped values").build(), "test");
        String series = single("select key from bulletin_series order by id limit 1", String.class);
        long tom = single("select id from accounts where email = '" + SignedIn.EDITOR + "'", Long.class);
        long term = single("select min(id) from post_holders where ends_on is null", Long.class);
        long post = single("select post_id from post_holders where id = " + term, Long.class);
        long staff = single(
                "select min(id) from appointments where ends_on is null and organisation_id = " + head.organisationId(),
                Long.class);
        long cluster = single("select min(id) from organisations where kind = 'CLUSTER'", Long.class);
        long exclusion = single("select max(id) from inclusion_exclusions", Long.class);
        long pupil = single("select max(id) from inclusion_pupils", Long.class);
        long auditReturn = single(
                "select max(id) from safeguarding_returns where organisation_id = " + head.organisationId(),
                Long.class);
        long peerGroup = offers.add(new NewOffer(
                "A peer group with no meetings yet",
                "Elmshire County Council",
                OfferKind.PEER_GROUP,
                "Heads meeting in confidence.",
                Set.of(OrganisationRole.HEADTEACHER),
                Set.of(),
                null,
                "Free",
                8,
                OfferAccess.BROKERED,
                null,
                null,
                LocalDate.now().plusMonths(6)));
        long support = offers.add(new NewOffer(
                "Supervision for mistyped values",
                "Elmshire County Council",
                OfferKind.SUPERVISION,
                "One to one supervision.",
                Set.of(OrganisationRole.HEADTEACHER),
                Set.of(),
                null,
                "Free",
                null,
                OfferAccess.BROKERED,
                null,
                null,
                LocalDate.now().plusMonths(6)));
        String staffAt = "/directory/people/at/" + head.organisationId() + "/staff/";

        List<Sent> forms = new ArrayList<>();
        // Forms that bind a typed value.
        forms.add(new Sent(
                "a new recognition scheme",
                schemes,
                post("/recognition/schemes/new")
                        .param("key", "mistyped")
                        .param("name", "Typed and kept")
                        .param("annualUpdate", "maybe"),
                Map.of("annualUpdate", "Tick the box if an annual update is due, or leave it empty"),
                "Typed and kept",
                "recognition_schemes"));
        forms.add(new Sent(
                "a recognition scheme changed",
                schemes,
                post("/recognition/schemes/" + scheme)
                        .param("name", "Typed and kept")
                        .param("annualUpdate", "maybe"),
                Map.of("annualUpdate", "Tick the box if an annual update is due, or leave it empty"),
                "Typed and kept",
                "recognition_schemes"));
        forms.add(new Sent(
                "a safeguarding round",
                safeguarding,
                post("/safeguarding/rounds")
                        .param("title", "Typed and kept")
                        .param("versionId", "abc")
                        .param("firstDeadline.day", "31")
                        .param("firstDeadline.month", "3")
                        .param("firstDeadline.year", "2099")
                        .param("earlyYears", "maybe"),
                Map.of(
                        "versionId",
                        "Choose a framework version from the list",
                        "earlyYears",
                        "Tick the box to invite early years settings too, or leave it empty",
                        "finalDeadline",
                        "Enter the final deadline"),
                "Typed and kept",
                "safeguarding_rounds"));
        forms.add(new Sent(
                "a standard of the safeguarding framework changed",
                safeguarding,
                post("/safeguarding/frameworks/" + framework + "/standards/1.1")
                        .param("number", "1.1")
                        .param("statement", "Typed and kept")
                        .param("statutory", "maybe"),
                Map.of("statutory", "Tick the box if the standard is statutory, or leave it empty"),
                "Typed and kept",
                "assessment_framework_versions"));
        forms.add(new Sent(
                "a standard added to the safeguarding framework",
                safeguarding,
                post("/safeguarding/frameworks/" + framework + "/standards")
                        .param("section", "1")
                        .param("number", "1.99")
                        .param("statement", "Typed and kept")
                        .param("appliesTo", "NOT_A_KIND"),
                Map.of("appliesTo", "Choose the kinds of organisation from the list"),
                "Typed and kept",
                "assessment_framework_versions"));
        forms.add(new Sent(
                "a new article",
                editor,
                post("/bulletins/articles/new")
                        .param("title", "Typed and kept")
                        .param("summary", "A summary")
                        .param("body", "A body")
                        .param("essential", "maybe"),
                Map.of("essential", "Tick the box if the article is essential, or leave it empty"),
                "Typed and kept",
                "bulletin_articles"));
        forms.add(new Sent(
                "an article changed",
                editor,
                post("/bulletins/articles/" + article)
                        .param("title", "Typed and kept")
                        .param("summary", "A summary")
                        .param("body", "A body")
                        .param("version", "abc"),
                Map.of(
                        "version",
                        "The page was changed before it was sent: open the article again and make your changes"),
                "Typed and kept",
                "bulletin_articles"));
        forms.add(new Sent(
                "an edition's date and foreword",
                editor,
                post("/bulletins/editions/" + edition + "/details")
                        .param("date.day", "1")
                        .param("date.month", "1")
                        .param("date.year", "2099")
                        .param("foreword", "Typed and kept")
                        .param("version", "abc"),
                Map.of(
                        "version",
                        "The page was changed before it was sent: open the edition again and make your changes"),
                "Typed and kept",
                "bulletin_editions"));
        forms.add(new Sent(
                "a booking",
                school,
                post("/events/" + course + "/book")
                        .param("organisation", "abc")
                        .param("people", String.valueOf(head.personId())),
                Map.of("organisation", "Choose a school or setting from the list"),
                null,
                "event_places"));
        forms.add(new Sent(
                "the booking form for a school",
                school,
                get("/events/" + course + "/book").param("organisation", "abc"),
                Map.of("organisation", "Choose a school or setting from the list"),
                null,
                null));
        forms.add(new Sent(
                "an exclusion notified",
                school,
                post("/inclusion/exclusions/new")
                        .param("school", "abc")
                        .param("firstName", "Typed and kept")
                        .param("lastName", "Pupil"),
                Map.of("school", "Choose the school from the list"),
                "Typed and kept",
                "inclusion_exclusions"));
        forms.add(new Sent(
                "the directory's filters",
                admin,
                get("/directory/organisations").param("q", "Typed and kept").param("trust", "abc"),
                Map.of("trust", "Choose an academy trust from the list"),
                "Typed and kept",
                null));
        forms.add(new Sent(
                "the directory's pages",
                admin,
                get("/directory/organisations").param("page", "two"),
                Map.of("page", "The page number must be a whole number, like 2"),
                null,
                null));
        forms.add(new Sent(
                "an audience previewed",
                admin,
                get("/directory/audiences")
                        .param("roles", "HEADTEACHER", "NOT_A_ROLE")
                        .param("clusters", "abc"),
                Map.of("roles", "Choose roles from the list", "clusters", "Choose clusters from the list"),
                null,
                null));

        // Forms that take text and read the typed value in their validators.
        forms.add(new Sent(
                "a new event",
                events,
                post("/events/new")
                        .param("type", "COURSE")
                        .param("title", "Typed and kept")
                        .param("roles", "NOT_A_ROLE")
                        .param("capacity", "abc")
                        .param("sessions[0].date.day", "45")
                        .param("sessions[0].date.month", "13")
                        .param("sessions[0].date.year", "2026")
                        .param("sessions[0].start", "25:99"),
                Map.of(
                        "roles", "Choose roles from the list",
                        "capacity", "Capacity must be a whole number, like 30",
                        "sessions[0].date", "Date must be a real date",
                        "sessions[0].start", "Enter the start time like 9:30am or 14:00"),
                "Typed and kept",
                "events"));
        forms.add(new Sent(
                "an event's places",
                events,
                post("/events/" + course + "/capacity").param("capacity", "abc"),
                Map.of("capacity", "Capacity must be a whole number, like 30"),
                null,
                "events"));
        forms.add(new Sent(
                "a calendar of meetings",
                events,
                post("/events/series/new").param("title", "Typed and kept").param("academicYear", "abc"),
                Map.of("academicYear", "Enter the academic year like 2025/26"),
                "Typed and kept",
                "event_series"));
        forms.add(new Sent(
                "a wellbeing offer",
                wellbeing,
                post("/wellbeing/manage/offers/new")
                        .param("title", "Typed and kept")
                        .param("kind", "NOT_A_KIND")
                        .param("roles", "NOT_A_ROLE")
                        .param("maxYearsAsHead", "abc")
                        .param("capacity", "abc")
                        .param("availableUntil.day", "45")
                        .param("availableUntil.month", "1")
                        .param("availableUntil.year", "2027"),
                Map.of(
                        "kind", "Choose what kind of support it is",
                        "roles", "Choose roles from the list",
                        "maxYearsAsHead", "The years of headship must be a whole number, like 5",
                        "capacity", "The number of places must be a whole number, like 5",
                        "availableUntil", "Available until must be a real date"),
                "Typed and kept",
                "wellbeing_offers"));
        forms.add(new Sent(
                "a peer group's meetings",
                wellbeing,
                post("/wellbeing/manage/offers/" + peerGroup + "/peer-group")
                        .param("venue", "Typed and kept")
                        .param("starts", "25:00")
                        .param("meetings", "abc")
                        .param("weeksApart", "x")
                        .param("places", "y"),
                Map.of(
                        "starts", "Enter the time the meetings start as hours and minutes, like 16:00",
                        "meetings", "The number of meetings must be a whole number, like 1",
                        "weeksApart", "The weeks between meetings must be a whole number, like 1",
                        "places", "The number of places must be a whole number, like 2"),
                "Typed and kept",
                "events"));
        forms.add(new Sent(
                "a request for support",
                school,
                post("/wellbeing/offers/" + support + "/ask")
                        .param("note", "Typed and kept")
                        .param("contactBy", "PIGEON"),
                Map.of("contactBy", "Choose how you would like to be contacted"),
                "Typed and kept",
                "wellbeing_requests"));
        forms.add(new Sent(
                "an article's audience and call to action",
                editor,
                post("/bulletins/articles/new")
                        .param("title", "Typed and kept")
                        .param("summary", "A summary")
                        .param("body", "A body")
                        .param("contactPostId", "abc")
                        .param("roles", "NOT_A_ROLE")
                        .param("phases", "NOT_A_PHASE")
                        .param("clusters", "abc")
                        .param("eventId", "abc")
                        .param("ctaDeadline.day", "45")
                        .param("ctaDeadline.month", "13")
                        .param("ctaDeadline.year", "2026"),
                Map.of(
                        "contactPostId", "Select a contact from the list",
                        "roles", "Select roles from the list",
                        "phases", "Select phases from the list",
                        "eventId", "Select an event from the list",
                        "ctaDeadline", "The deadline must be a real date"),
                "Typed and kept",
                "bulletin_articles"));
        forms.add(new Sent(
                "an edition's date and who signs its foreword",
                editor,
                post("/bulletins/editions/" + edition + "/details")
                        .param("date.day", "45")
                        .param("date.month", "13")
                        .param("date.year", "2026")
                        .param("foreword", "Typed and kept")
                        .param("forewordPostId", "abc")
                        .param("version", "1"),
                Map.of(
                        "date", "The edition’s date must be a real date",
                        "forewordPostId", "Select who signs the foreword from the list"),
                "Typed and kept",
                "bulletin_editions"));
        forms.add(new Sent(
                "a bulletin series",
                editor,
                post("/bulletins/series/" + series)
                        .param("name", "Typed and kept")
                        .param("sections", "News")
                        .param("publishDay", "NOT_A_DAY")
                        .param("publishTime", "25:99")
                        .param("visibility", "NOT_A_CHOICE"),
                Map.of(
                        "publishDay", "Select the day it comes out",
                        "publishTime", "Enter the time it comes out as hours and minutes, like 08:00",
                        "visibility", "Select who can read the archive"),
                "Typed and kept",
                "bulletin_series"));
        forms.add(new Sent(
                "the archive's search",
                admin,
                get("/bulletins/search")
                        .param("q", "Typed and kept")
                        .param("from.day", "45")
                        .param("from.month", "1")
                        .param("from.year", "2026"),
                Map.of("from", "The date from must be a real date"),
                "Typed and kept",
                null));
        forms.add(new Sent(
                "a colleague invited",
                admin,
                post("/admin/users/invite")
                        .param("name", "Typed and kept")
                        .param("email", "typed@elmshire.example")
                        .param("roles", "NOT_A_ROLE"),
                Map.of("roles", "Select roles from the list"),
                "Typed and kept",
                "invitations"));
        forms.add(new Sent(
                "a colleague's roles",
                admin,
                post("/admin/users/" + tom).param("roles", "EDITOR", "NOT_A_ROLE"),
                Map.of("roles", "Select roles from the list"),
                null,
                "account_roles"));
        forms.add(new Sent(
                "a post holder",
                admin,
                post("/directory/posts/" + post + "/holders/new")
                        .param("officer", "abc")
                        .param("fullName", "Typed and kept"),
                Map.of("officer", "Select an officer from the list"),
                null,
                "post_holders"));
        forms.add(new Sent(
                "cover for a post",
                admin,
                post("/directory/posts/" + post + "/cover/new")
                        .param("kind", "NOT_A_KIND")
                        .param("email", "typed@elmshire.example")
                        .param("fullName", "Typed and kept")
                        .param("startsOn.day", "45")
                        .param("startsOn.month", "13")
                        .param("startsOn.year", "2026"),
                Map.of("kind", "Select how they cover the post", "startsOn", "The start date must be a real date"),
                "Typed and kept",
                "cover_arrangements"));
        forms.add(new Sent(
                "the end of a time in post",
                admin,
                post("/directory/posts/" + post + "/holders/" + term + "/end")
                        .param("endsOn.day", "45")
                        .param("endsOn.month", "13")
                        .param("endsOn.year", "2026"),
                Map.of("endsOn", "The end date must be a real date"),
                null,
                "post_holders"));
        forms.add(new Sent(
                "the authority's contacts on a day",
                admin,
                get("/contacts")
                        .param("q", "Typed and kept")
                        .param("on.day", "45")
                        .param("on.month", "1")
                        .param("on.year", "2026"),
                Map.of("on", "The date must be a real date"),
                "Typed and kept",
                null));
        forms.add(new Sent(
                "a member of staff added",
                school,
                post(staffAt + "new")
                        .param("fullName", "Typed and kept")
                        .param("email", "typed@school.example")
                        .param("role", "NOT_A_ROLE")
                        .param("startsOn.day", "45")
                        .param("startsOn.month", "13")
                        .param("startsOn.year", "2026"),
                Map.of("role", "Select their role", "startsOn", "The start date must be a real date"),
                "Typed and kept",
                "appointments"));
        forms.add(new Sent(
                "a member of staff's role",
                school,
                post(staffAt + staff + "/role").param("role", "NOT_A_ROLE"),
                Map.of("role", "Select their role"),
                null,
                "appointments"));
        forms.add(new Sent(
                "the end of a member of staff's role",
                school,
                post(staffAt + staff + "/end")
                        .param("endsOn.day", "45")
                        .param("endsOn.month", "13")
                        .param("endsOn.year", "2026"),
                Map.of("endsOn", "The end date must be a real date"),
                null,
                "appointments"));
        forms.add(new Sent(
                "a role added to a person",
                admin,
                post("/directory/people/" + head.personId() + "/roles/new")
                        .param("organisationQuery", "Typed and kept")
                        .param("organisationId", "abc")
                        .param("role", "NOT_A_ROLE"),
                Map.of("organisationId", "Select the school or setting", "role", "Select their role"),
                "Typed and kept",
                "appointments"));
        forms.add(new Sent(
                "a member of a cluster",
                admin,
                post("/directory/clusters/" + cluster + "/members").param("urn", "abc"),
                Map.of("urn", "There is no school or setting with URN abc"),
                null,
                "cluster_members"));
        forms.add(new Sent(
                "term dates",
                inclusion,
                post("/inclusion/term-dates")
                        .param("academicYear", "abc")
                        .param("kind", "NOT_A_KIND")
                        .param("name", "Typed and kept"),
                Map.of(
                        "academicYear", "Academic year must be like 2025-26",
                        "kind", "Select what kind of dates these are"),
                "Typed and kept",
                "inclusion_term_dates"));
        forms.add(new Sent(
                "an exclusion's details",
                inclusion,
                post("/inclusion/exclusions/" + exclusion + "/details")
                        .param("upn", "Typed and kept")
                        .param("yearGroup", "abc")
                        .param("senStatus", "NOT_A_STATUS")
                        .param("freeSchoolMeals", "maybe")
                        .param("sessions", "abc"),
                Map.of(
                        "yearGroup", "Year group must be a number from 0 (reception) to 14",
                        "senStatus", "Select the pupil's SEN status",
                        "freeSchoolMeals", "Select whether the pupil is eligible for free school meals",
                        "sessions", "Sessions must be a whole number, like 4"),
                null,
                "inclusion_exclusions"));
        forms.add(new Sent(
                "what the governors decided",
                inclusion,
                post("/inclusion/exclusions/" + exclusion + "/governors")
                        .param("heldOn.day", "45")
                        .param("heldOn.month", "13")
                        .param("heldOn.year", "2026")
                        .param("outcome", "NOT_AN_OUTCOME"),
                Map.of(
                        "heldOn", "Date governors met must be a real date",
                        "outcome", "Select what the governors decided"),
                null,
                "inclusion_exclusions"));
        forms.add(new Sent(
                "a placement in alternative provision",
                inclusion,
                post("/inclusion/placements/new")
                        .param("pupil", String.valueOf(pupil))
                        .param("provider", "abc")
                        .param("commissionedBy", "NOT_A_CHOICE")
                        .param("hoursAWeek", "abc")
                        .param("weeklyCost", "abc"),
                Map.of(
                        "provider", "Select the provider",
                        "commissionedBy", "Select who commissioned the placement",
                        "hoursAWeek", "Hours a week must be a number from 1 to 40, like 25",
                        "weeklyCost", "Cost a week must be an amount in pounds, like 450"),
                null,
                "inclusion_placements"));
        forms.add(new Sent(
                "a provider of alternative provision",
                inclusion,
                post("/inclusion/providers")
                        .param("name", "Typed and kept")
                        .param("registration", "NOT_A_CHOICE")
                        .param("commissioning", "NOT_A_CHOICE")
                        .param("urn", "abc"),
                Map.of(
                        "registration", "Select how the provider is registered",
                        "urn", "Enter the URN as 6 or 7 digits, like 123456"),
                "Typed and kept",
                "inclusion_providers"));
        forms.add(new Sent(
                "an action in a safeguarding return",
                school,
                post("/safeguarding/returns/" + auditReturn + "/actions")
                        .param("standard", "9.99")
                        .param("what", "Typed and kept")
                        .param("owner", "The head")
                        .param("due.day", "45")
                        .param("due.month", "13")
                        .param("due.year", "2026"),
                Map.of("standard", "Choose a standard of this audit", "due", "The due date must be a real date"),
                "Typed and kept",
                "assessment_actions"));
        forms.add(new Sent(
                "training in a safeguarding return",
                school,
                post("/safeguarding/returns/" + auditReturn + "/training")
                        .param("corrects", "abc")
                        .param("trainee", "Typed and kept")
                        .param("course", "A course")
                        .param("trainedOn.day", "45")
                        .param("trainedOn.month", "13")
                        .param("trainedOn.year", "2026"),
                Map.of(
                        "corrects", "Choose a line of the table to correct, or none to add a line",
                        "trainedOn", "The date of the training must be a real date"),
                "Typed and kept",
                "safeguarding_training"));
        forms.add(new Sent(
                "evidence linked to standards",
                school,
                post("/safeguarding/returns/" + auditReturn + "/evidence/link")
                        .param("title", "Typed and kept")
                        .param("url", "https://example.org")
                        .param("standards", "abc"),
                Map.of("standards", "There is no standard abc in this audit: enter numbers such as 1.1, 4.2"),
                "Typed and kept",
                "assessment_evidence"));
        forms.add(new Sent(
                "a recognition scheme's numbers and choices",
                schemes,
                post("/recognition/schemes/new")
                        .param("key", "mistyped")
                        .param("name", "Typed and kept")
                        .param("applicants", "NOT_A_KIND")
                        .param("minimumGrade", "NOT_A_GRADE")
                        .param("awardYears", "abc")
                        .param("groupSmallest", "abc"),
                Map.of(
                        "applicants", "Choose who may apply from the list",
                        "minimumGrade", "Choose an Ofsted grade rule from the list",
                        "awardYears", "Enter how many years an award lasts as a whole number, such as 3",
                        "groupSmallest", "Enter the fewest schools a group needs as a whole number, such as 3"),
                "Typed and kept",
                "recognition_schemes"));

        SoftAssertions softly = new SoftAssertions();
        for (Sent sent : forms) {
            String before = saved(sent.table());
            MockHttpServletResponse page = mvc.perform(
                            sent.request().cookie(sent.who()).with(csrf()))
                    .andReturn()
                    .getResponse();
            String html = page.getContentAsString();
            softly.assertThat(page.getStatus()).as(sent.form() + ": answered").isEqualTo(200);
            softly.assertThat(html)
                    .as(sent.form() + ": the page says there is a problem")
                    .contains("<title>Error: ")
                    .contains("govuk-error-summary");
            sent.problems()
                    .forEach((field, message) -> softly.assertThat(html)
                            .as(sent.form() + ": the error summary links the message to " + field)
                            .contains("href=\"#" + field + "\">" + escaped(message) + "</a>"));
            if (sent.kept() != null) {
                softly.assertThat(html)
                        .as(sent.form() + ": what was typed is kept")
                        .contains(sent.kept());
            }
            softly.assertThat(saved(sent.table()))
                    .as(sent.form() + ": nothing saved")
                    .isEqualTo(before);
        }
        softly.assertAll();
    }

    /** The edition page's own forms answer on the edition: the field's message comes back with it, not a 500. */
    @Test
    void anEditionsFormsSayWhatIsWrongOnTheEdition() throws Exception {
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        long edition = aDraftEdition(editor);
        String placements = saved("bulletin_placements");
        mvc.perform(post("/bulletins/editions/" + edition + "/articles")
                        .param("articleId", "abc")
                        .param("sectionId", "1")
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(redirectedUrl("/bulletins/editions/" + edition + "#add-article"))
                .andExpect(flash().attribute("placeError", "Select an article from the list"));
        mvc.perform(post("/bulletins/editions/" + edition + "/articles")
                        .param("articleId", "1")
                        .param("sectionId", "abc")
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(flash().attribute("placeError", "Select a section from the list"));
        assertThat(saved("bulletin_placements")).isEqualTo(placements);

        long published = single("select max(id) from bulletin_editions where status = 'PUBLISHED'", Long.class);
        String corrections = saved("bulletin_corrections");
        mvc.perform(post("/bulletins/editions/" + published + "/corrections")
                        .param("notice", "Typed")
                        .param("publishedArticleId", "abc")
                        .cookie(editor)
                        .with(csrf()))
                .andExpect(redirectedUrl("/bulletins/editions/" + published + "#correct"))
                .andExpect(flash().attribute("correctionError", "Select what the correction is about from the list"));
        assertThat(saved("bulletin_corrections")).isEqualTo(corrections);
    }

    /** A number typed as words in a safeguarding return is refused with its question, not quietly left out. */
    @Test
    void aNumericAnswerThatIsNotANumberIsRefusedWithItsQuestion() throws Exception {
        AudienceMember head = member(SCHOOL, OrganisationRole.HEADTEACHER);
        Cookie school = SignedIn.schoolStaff(mvc, jdbc, head.email());
        long auditReturn = single(
                "select max(id) from safeguarding_returns where organisation_id = " + head.organisationId(),
                Long.class);
        String answers = saved("assessment_answers");
        String problem =
                "Enter the answer to “Referrals to children's social care this year” as a whole number, like 12";
        mvc.perform(post("/safeguarding/returns/" + auditReturn + "/answers")
                        .param("standard", "5.3")
                        .param("rating", "green")
                        .param("narrative", "Typed")
                        .param("number.referrals", "twelve")
                        .header("Accept", "application/json")
                        .cookie(school)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(problem));
        mvc.perform(post("/safeguarding/returns/" + auditReturn + "/answers")
                        .param("standard", "5.3")
                        .param("number.referrals", "twelve")
                        .cookie(school)
                        .with(csrf()))
                .andExpect(flash().attribute("problem", problem));
        assertThat(saved("assessment_answers")).isEqualTo(answers);
    }

    /** A download cannot show its form again: it answers 400 with the field's message, not a 500. */
    @Test
    void aDownloadWithAMistypedFilterSaysWhatIsWrong() throws Exception {
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        MockHttpServletResponse csv = mvc.perform(get("/directory/organisations.csv")
                        .param("cluster", "abc")
                        .cookie(admin))
                .andReturn()
                .getResponse();
        assertThat(csv.getStatus()).isEqualTo(400);
        assertThat(csv.getContentAsString()).contains("Choose a cluster from the list");
    }

    /** As the page writes text: Thymeleaf escapes these five and leaves typographic quotes as they are. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private <T> T single(String sql, Class<T> type) {
        return jdbc.sql(sql).query(type).single();
    }

    /** Every row of the table, as text: the same before and after when nothing was saved. */
    private String saved(String table) {
        if (table == null) {
            return "";
        }
        return jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t")
                .query(String.class)
                .single();
    }

    private long aDraftEdition(Cookie editor) throws Exception {
        String series = jdbc.sql("select key from bulletin_series order by id limit 1")
                .query(String.class)
                .single();
        return created(post("/bulletins/editions/new").param("series", series).cookie(editor));
    }

    /** A copy of the newest safeguarding framework, which may be edited (the one in use may not). */
    private long aFrameworkCopy(Cookie officer) throws Exception {
        long newest = jdbc.sql("select max(id) from assessment_framework_versions where framework_key = :key")
                .param("key", SafeguardingRecords.FRAMEWORK)
                .query(Long.class)
                .single();
        mvc.perform(post("/safeguarding/frameworks/" + newest + "/copy")
                .cookie(officer)
                .with(csrf()));
        return jdbc.sql("select max(id) from assessment_framework_versions where framework_key = :key")
                .param("key", SafeguardingRecords.FRAMEWORK)
                .query(Long.class)
                .single();
    }

    /** The id at the end of the address that creating something redirects to. */
    private long created(MockHttpServletRequestBuilder request) throws Exception {
        String location =
                mvc.perform(request.with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("created").isNotNull();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private AudienceMember member(String school, OrganisationRole role) {
        return directory.members(Audience.of(role), LocalDate.now()).stream()
                .filter(m -> m.organisationName().equals(school))
                .findFirst()
                .orElseThrow();
    }
}
