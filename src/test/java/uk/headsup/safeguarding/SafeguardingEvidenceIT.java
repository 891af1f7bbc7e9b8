package uk.headsup.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventCard;
import uk.headsup.events.EventCards;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * On its return, a school adds a link and a file as evidence, each tagged to several standards, and marks an action
 * done; nobody from another school can download its files.
 */
@HeadsUpIntegrationTest
class SafeguardingEvidenceIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Responses responses;

    @Autowired
    EventCards eventCards;

    /**
     * The first two returns of the current round nobody has started (SafeguardingAuditIT takes its schools from the
     * end of the same list), with each school's DSL.
     */
    private List<long[]> firstNotStarted() {
        return jdbc.sql("""
                        select r.id, r.organisation_id from safeguarding_returns r
                        where r.round_id = (select max(id) from safeguarding_rounds) and r.response_id is null
                        order by r.id limit 2
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    private String dslOf(long organisationId) {
        return directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> m.organisationId() == organisationId)
                .map(AudienceMember::email)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSchoolAddsALinkAndAFileForSeveralStandardsAndMarksAnActionDone() throws Exception {
        List<long[]> returns = firstNotStarted();
        long returnId = returns.get(0)[0];
        Cookie dsl = SignedIn.schoolStaff(mvc, jdbc, dslOf(returns.get(0)[1]));
        Cookie otherSchool = SignedIn.schoolStaff(mvc, jdbc, dslOf(returns.get(1)[1]));
        String base = "/safeguarding/returns/" + returnId;

        mvc.perform(post(base + "/evidence/link")
                        .param("title", "Safeguarding policy, reviewed by governors")
                        .param("url", "https://school.example/policies/safeguarding.pdf")
                        .param("standards", "9.99")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no standard 9.99 in this audit")));
        mvc.perform(post(base + "/evidence/link")
                        .param("title", "Safeguarding policy, reviewed by governors")
                        .param("url", "https://school.example/policies/safeguarding.pdf")
                        .param("standards", "1.1, 2.1")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        byte[] pdf = "%PDF-1.7\nminutes of the governors' meeting\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(base + "/evidence/file")
                        .file(new MockMultipartFile("file", "minutes.txt", "text/plain", "not a document".getBytes()))
                        .param("fileStandards", "1.1")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("minutes.txt is not one")));
        mvc.perform(multipart(base + "/evidence/file")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", pdf))
                        .param("fileStandards", "1.1 3.1")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        long responseId = jdbc.sql("select response_id from safeguarding_returns where id = :id")
                .param("id", returnId)
                .query(Long.class)
                .single();
        List<Responses.Evidence> evidence = responses.evidence(responseId);
        assertThat(evidence)
                .extracting(Responses.Evidence::standards)
                .containsExactlyInAnyOrder(List.of("1.1", "2.1"), List.of("1.1", "3.1"));
        long fileId = evidence.stream()
                .filter(Responses.Evidence::file)
                .findFirst()
                .orElseThrow()
                .id();
        // Under standards 1.1 and 2.1 the link, under 1.1 and 3.1 the file, each on its section's page; the overview
        // lists each once with its standards.
        String one = page(base + "/sections/1", dsl);
        assertThat(one).contains("Safeguarding policy, reviewed by governors", "minutes.pdf (file)");
        assertThat(page(base + "/sections/2", dsl))
                .contains("Safeguarding policy, reviewed by governors")
                .doesNotContain("minutes.pdf (file)");
        assertThat(page(base + "/sections/3", dsl))
                .contains("minutes.pdf (file)")
                .doesNotContain("Safeguarding policy, reviewed by governors");
        String overview = page(base, dsl);
        assertThat(overview.split("Safeguarding policy, reviewed by governors", -1))
                .hasSize(2);
        assertThat(overview).contains("standards 1.1, 2.1", "standards 1.1, 3.1");

        mvc.perform(get(base + "/evidence/" + fileId).cookie(dsl))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get(base + "/evidence/" + fileId).cookie(otherSchool)).andExpect(status().isNotFound());

        mvc.perform(post(base + "/actions")
                        .param("standard", "2.1")
                        .param("what", "Train the new lunchtime staff")
                        .param("owner", "DSL")
                        .param("due.day", "1")
                        .param("due.month", "3")
                        .param("due.year", String.valueOf(LocalDate.now().getYear() + 1))
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long actionId = responses.actions(responseId).get(0).id();
        mvc.perform(post(base + "/actions/" + actionId + "/done")
                        .cookie(otherSchool)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(responses.actions(responseId).get(0).done()).isFalse();
        mvc.perform(post(base + "/actions/" + actionId + "/done").cookie(dsl).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(responses.actions(responseId).get(0).done()).isTrue();
        mvc.perform(get(base + "/sections/2").cookie(dsl))
                .andExpect(content().string(containsString("Train the new lunchtime staff (DSL, by 1 March")))
                .andExpect(content().string(containsString(">Done</strong>")));
    }

    @Test
    void theOfficerDownloadsTheCountyAnalysisAsATaggedPdf_schoolsCannot() throws Exception {
        long round = jdbc.sql("select max(id) from safeguarding_rounds")
                .query(Long.class)
                .single();
        String title = jdbc.sql("select title from safeguarding_rounds where id = :id")
                .param("id", round)
                .query(String.class)
                .single();
        Cookie officer = SignedIn.authorityStaff(mvc, "helen.marsh@elmshire.example");
        mvc.perform(get("/safeguarding/rounds/" + round + "/analysis").cookie(officer))
                .andExpect(content().string(containsString("Download a printable report (PDF)")));
        byte[] pdf = mvc.perform(
                        get("/safeguarding/rounds/" + round + "/analysis.pdf").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked())
                    .as("tagged PDF")
                    .isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("County analysis: " + title);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Areas of concern", "Ratings by standard", "Schools included: all");
            // The report goes to the safeguarding partnership: fewer than 5 returns are not counted out.
            assertThat(text).containsPattern("From (fewer than 5|[5-9]|[1-9]\\d+) returns signed off or accepted");
        }

        List<long[]> returns = firstNotStarted();
        Cookie school = SignedIn.schoolStaff(mvc, jdbc, dslOf(returns.get(0)[1]));
        mvc.perform(get("/safeguarding/rounds/" + round + "/analysis.pdf").cookie(school))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCourseLinkedToAStandardIsOfferedToASchoolThatRatesItRedAndNotWhereItRatesGreen() throws Exception {
        long round = jdbc.sql("select max(id) from safeguarding_rounds")
                .query(Long.class)
                .single();
        List<EventCard> bookable =
                eventCards.bookableSoon().stream().filter(EventCard::open).toList();
        assertThat(bookable).as("the demo county has courses open for booking").isNotEmpty();
        EventCard course = bookable.get(0);
        Cookie officer = SignedIn.authorityStaff(mvc, "helen.marsh@elmshire.example");
        String courses = "/safeguarding/rounds/" + round + "/courses";
        mvc.perform(post(courses).param("standard", "5.2").cookie(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a course or event that can still be booked")));
        for (String standard : List.of("5.2", "6.1")) {
            mvc.perform(post(courses)
                            .param("standard", standard)
                            .param("event", String.valueOf(course.eventId()))
                            .cookie(officer)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get(courses).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Standard 6.1")));

        List<long[]> returns = firstNotStarted();
        Cookie dsl = SignedIn.schoolStaff(mvc, jdbc, dslOf(returns.get(0)[1]));
        mvc.perform(get(courses).cookie(dsl)).andExpect(status().isForbidden());
        String base = "/safeguarding/returns/" + returns.get(0)[0];
        mvc.perform(post(base + "/answers")
                        .param("standard", "5.2")
                        .param("fromRevision", "0")
                        .param("rating", "red")
                        .param("narrative", "Not in place yet")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/answers")
                        .param("standard", "6.1")
                        .param("fromRevision", "0")
                        .param("rating", "green")
                        .param("narrative", "In place")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(base).cookie(dsl))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Courses that can help");
        assertThat(page.split("href=\"" + Pattern.quote(course.bookingUrl()) + "\"", -1))
                .as("one offer: on the red standard, not on the green one")
                .hasSize(2);
    }

    private String page(String path, Cookie who) throws Exception {
        return mvc.perform(get(path).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
