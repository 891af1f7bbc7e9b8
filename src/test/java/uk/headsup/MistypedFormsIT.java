package uk.headsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.safeguarding.SafeguardingRecords;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * Every form that binds a typed field (a number, an id, a choice, a tick box), sent a value that cannot be read as
 * that type: the form comes back with the GOV.UK error summary and the field's own message, what was typed is kept,
 * and nothing is saved. Never a 400 or a 500 for a form, and never the value quietly dropped and the rest saved.
 */
@HeadsUpIntegrationTest
class MistypedFormsIT {

    private static final String SAFEGUARDING = "helen.marsh@elmshire.example";
    private static final String SCHEMES = "daniel.price@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    /**
     * One form sent with a mistyped value: who sends it, the field whose message the page must show, something typed
     * that the page must keep (or null), and the table that must not change (or null for a form that saves nothing).
     */
    record Sent(
            String form,
            Cookie who,
            MockHttpServletRequestBuilder request,
            String field,
            String message,
            String kept,
            String table) {}

    @Test
    void aMistypedValueIsShownOnItsFieldAndNothingIsSaved() throws Exception {
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        Cookie safeguarding = SignedIn.authorityStaff(mvc, SAFEGUARDING);
        Cookie schemes = SignedIn.authorityStaff(mvc, SCHEMES);
        AudienceMember head = member("Fennick Primary School", OrganisationRole.HEADTEACHER);
        Cookie school = SignedIn.schoolStaff(mvc, jdbc, head.email());

        String scheme = jdbc.sql("select key from recognition_schemes order by key limit 1")
                .query(String.class)
                .single();
        long framework = aFrameworkCopy(safeguarding);
        long article = created(post("/bulletins/articles/new")
                .param("title", "A draft")
                .param("summary", "A summary")
                .param("body", "A body")
                .cookie(editor));
        long edition = aDraftEdition(editor);
        long course =
                planning.add(EventFixtures.aCourse().titled("Mistyped values").build(), "test");

        List<Sent> forms = new ArrayList<>();
        forms.add(new Sent(
                "a new recognition scheme",
                schemes,
                post("/recognition/schemes/new")
                        .param("key", "mistyped")
                        .param("name", "Typed and kept")
                        .param("annualUpdate", "maybe"),
                "annualUpdate",
                "Tick the box if an annual update is due, or leave it empty",
                "Typed and kept",
                "recognition_schemes"));
        forms.add(new Sent(
                "a recognition scheme changed",
                schemes,
                post("/recognition/schemes/" + scheme)
                        .param("name", "Typed and kept")
                        .param("annualUpdate", "maybe"),
                "annualUpdate",
                "Tick the box if an annual update is due, or leave it empty",
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
                        .param("firstDeadline.year", "2099"),
                "versionId",
                "Choose a framework version from the list",
                "Typed and kept",
                "safeguarding_rounds"));
        forms.add(new Sent(
                "a safeguarding round's early years box",
                safeguarding,
                post("/safeguarding/rounds").param("title", "Typed and kept").param("earlyYears", "maybe"),
                "earlyYears",
                "Tick the box to invite early years settings too, or leave it empty",
                "Typed and kept",
                "safeguarding_rounds"));
        forms.add(new Sent(
                "a standard of the safeguarding framework changed",
                safeguarding,
                post("/safeguarding/frameworks/" + framework + "/standards/1.1")
                        .param("number", "1.1")
                        .param("statement", "Typed and kept")
                        .param("statutory", "maybe"),
                "statutory",
                "Tick the box if the standard is statutory, or leave it empty",
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
                "appliesTo",
                "Choose the kinds of organisation from the list",
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
                "essential",
                "Tick the box if the article is essential, or leave it empty",
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
                "version",
                "The page was changed before it was sent: open the article again and make your changes",
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
                "version",
                "The page was changed before it was sent: open the edition again and make your changes",
                "Typed and kept",
                "bulletin_editions"));
        forms.add(new Sent(
                "a booking",
                school,
                post("/events/" + course + "/book")
                        .param("organisation", "abc")
                        .param("people", String.valueOf(head.personId()))
                        .param("purchaseOrder", "Typed and kept"),
                "organisation",
                "Choose a school or setting from the list",
                null,
                "event_places"));
        forms.add(new Sent(
                "the booking form for a school",
                school,
                get("/events/" + course + "/book").param("organisation", "abc"),
                "organisation",
                "Choose a school or setting from the list",
                null,
                null));
        forms.add(new Sent(
                "an exclusion notified",
                school,
                post("/inclusion/exclusions/new")
                        .param("school", "abc")
                        .param("firstName", "Typed and kept")
                        .param("lastName", "Pupil"),
                "school",
                "Choose the school from the list",
                "Typed and kept",
                "inclusion_exclusions"));
        forms.add(new Sent(
                "the directory's filters",
                admin,
                get("/directory/organisations").param("q", "Typed and kept").param("trust", "abc"),
                "trust",
                "Choose an academy trust from the list",
                "Typed and kept",
                null));
        forms.add(new Sent(
                "the directory's pages",
                admin,
                get("/directory/organisations").param("page", "two"),
                "page",
                "The page number must be a whole number, like 2",
                null,
                null));
        forms.add(new Sent(
                "an audience previewed",
                admin,
                get("/directory/audiences").param("roles", "HEADTEACHER", "NOT_A_ROLE"),
                "roles",
                "Choose roles from the list",
                null,
                null));
        forms.add(new Sent(
                "an audience's clusters",
                admin,
                get("/directory/audiences").param("clusters", "abc"),
                "clusters",
                "Choose clusters from the list",
                null,
                null));

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
                    .as(sent.form() + ": the error summary links the message to the field")
                    .contains("<title>Error: ")
                    .contains("govuk-error-summary")
                    .contains("href=\"#" + sent.field() + "\">" + HtmlUtils.htmlEscape(sent.message()) + "</a>");
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
