package uk.headsup.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.directory.Audience;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * The officer's framework versions: a version downloaded as JSON imports again as a new version; a malformed file is
 * refused with its line and field and nothing saved; a copy for next year; what changed from one version to the next.
 */
@HeadsUpIntegrationTest
class SafeguardingFrameworksIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Frameworks frameworks;

    private long newest() {
        return jdbc.sql("select max(id) from assessment_framework_versions where framework_key = :key")
                .param("key", SafeguardingRecords.FRAMEWORK)
                .query(Long.class)
                .single();
    }

    private long versions() {
        return jdbc.sql("select count(*) from assessment_framework_versions where framework_key = :key")
                .param("key", SafeguardingRecords.FRAMEWORK)
                .query(Long.class)
                .single();
    }

    @Test
    void exportImportCopyAndChanges() throws Exception {
        Cookie officer = SignedIn.authorityStaff(mvc, SafeguardingAuditIT.OFFICER);
        long current = jdbc.sql("select version_id from safeguarding_rounds order by id desc limit 1")
                .query(Long.class)
                .single();
        mvc.perform(get("/safeguarding/frameworks").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What changed from version")));

        String json = mvc.perform(
                        get("/safeguarding/frameworks/" + current + ".json").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long before = versions();

        // A duplicate standard number: refused with the line and field, nothing saved.
        String broken = json.replaceFirst("\"number\" *: *\"1\\.2\"", "\"number\" : \"1.1\"");
        assertThat(broken).isNotEqualTo(json);
        mvc.perform(multipart("/safeguarding/frameworks/import")
                        .file(new MockMultipartFile(
                                "file", "s175.json", "application/json", broken.getBytes(StandardCharsets.UTF_8)))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file was not imported")))
                .andExpect(content().string(containsString("Line ")));
        assertThat(versions()).isEqualTo(before);

        mvc.perform(multipart("/safeguarding/frameworks/import")
                        .file(new MockMultipartFile(
                                "file", "s175.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(versions()).isEqualTo(before + 1);

        // The same version as CSV for a spreadsheet: a duplicate number is refused with its line and column; the
        // file as downloaded imports as a version with the same standards.
        String csv = mvc.perform(
                        get("/safeguarding/frameworks/" + current + ".csv").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String brokenCsv = csv.replaceFirst(",1\\.2,", ",1.1,");
        assertThat(brokenCsv).isNotEqualTo(csv);
        mvc.perform(multipart("/safeguarding/frameworks/import")
                        .file(new MockMultipartFile(
                                "file", "s175.csv", "text/csv", brokenCsv.getBytes(StandardCharsets.UTF_8)))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(", Number: The standard number 1.1 is used twice (first on line 2)")));
        mvc.perform(multipart("/safeguarding/frameworks/import")
                        .file(new MockMultipartFile("file", "s175.pdf", "application/pdf", new byte[] {1, 2}))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a framework file in JSON or CSV")));
        assertThat(versions()).isEqualTo(before + 1);
        mvc.perform(multipart("/safeguarding/frameworks/import")
                        .file(new MockMultipartFile(
                                "file", "s175.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(versions()).isEqualTo(before + 2);
        assertThat(frameworks.version(newest()).orElseThrow().framework())
                .isEqualTo(frameworks.version(current).orElseThrow().framework());
        before++;

        mvc.perform(post("/safeguarding/frameworks/" + current + "/copy")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(versions()).isEqualTo(before + 2);

        long last = jdbc.sql("select v.id from safeguarding_rounds d join assessment_framework_versions v"
                        + " on v.id = d.version_id order by d.id limit 1")
                .query(Long.class)
                .single();
        mvc.perform(get("/safeguarding/frameworks/" + current + "/changes")
                        .param("from", String.valueOf(last))
                        .cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Standards added, removed or changed")));

        // The copy is edited in the browser: a standard changed, one added, one removed; what changed lists them.
        long copy = jdbc.sql("select max(id) from assessment_framework_versions where framework_key = :key")
                .param("key", SafeguardingRecords.FRAMEWORK)
                .query(Long.class)
                .single();
        String edit = "/safeguarding/frameworks/" + copy;
        mvc.perform(get(edit + "/edit").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a standard")));
        mvc.perform(get(edit + "/standards/1.1").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What each rating means")));
        // Bad input is shown with the GOV.UK error summary, what was typed is kept, and nothing is saved.
        Framework unedited = frameworks.version(copy).orElseThrow().framework();
        mvc.perform(post(edit + "/standards/1.1")
                        .param("number", "1.2")
                        .param("statement", " ")
                        .param("guidance", "Typed guidance, kept")
                        .param("links", "KCSIE without an address")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#statement\">Enter what the standard asks for")))
                .andExpect(content().string(containsString("href=\"#links\">Write each link on its own line")))
                .andExpect(content().string(containsString(">Typed guidance, kept</textarea>")));
        mvc.perform(post(edit + "/standards/1.1")
                        .param("number", "1.2")
                        .param("statement", "Renumbered onto another")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#number\">There is already a standard 1.2")))
                .andExpect(content().string(containsString(">Renumbered onto another</textarea>")));
        assertThat(frameworks.version(copy).orElseThrow().framework()).isEqualTo(unedited);
        // What only the file could set, set in the browser: statutory, kinds of organisation, links, questions.
        mvc.perform(post(edit + "/standards/1.1")
                        .param("number", "1.1")
                        .param("statement", "Governors review safeguarding every year and minute it")
                        .param("guidance", "See KCSIE part 2")
                        .param("descriptors[red]", "Not reviewed")
                        .param("statutory", "true")
                        .param("appliesTo", "ACADEMY", "MAINTAINED_SCHOOL")
                        .param("links", "KCSIE | https://www.gov.uk/kcsie\n\nWorking together | https://www.gov.uk/wt")
                        .param("questions", "reviews | Reviews this year")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(flash().attribute("saved", "Standard 1.1 changed"));
        Framework.Standard saved = frameworks
                .version(copy)
                .orElseThrow()
                .framework()
                .standard("1.1")
                .orElseThrow();
        assertThat(saved.descriptors()).isEqualTo(Map.of("red", "Not reviewed"));
        assertThat(saved.statutory()).isTrue();
        assertThat(saved.appliesTo())
                .containsExactlyInAnyOrder(
                        Framework.OrganisationType.ACADEMY, Framework.OrganisationType.MAINTAINED_SCHOOL);
        assertThat(saved.links()).extracting(Framework.Link::text).containsExactly("KCSIE", "Working together");
        assertThat(saved.questions()).containsExactly(new Framework.NumericQuestion("reviews", "Reviews this year"));
        mvc.perform(post(edit + "/standards")
                        .param("section", "1")
                        .param("number", "1.1")
                        .param("statement", "Again")
                        .param("scale", "rag")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#number\">There is already a standard 1.1")))
                .andExpect(content().string(containsString(">Again</textarea>")));
        mvc.perform(post(edit + "/standards")
                        .param("section", "1")
                        .param("number", "")
                        .param("statement", "")
                        .param("scale", "rag")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#number\">Enter the standard’s number")))
                .andExpect(content().string(containsString("href=\"#statement\">Enter what the standard asks for")));
        mvc.perform(post(edit + "/standards")
                        .param("section", "1")
                        .param("number", "1.99")
                        .param("statement", "Records of concerns are kept apart from the pupil file")
                        .param("scale", "rag")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(flash().attribute("saved", "Standard 1.99 added"));
        // Sections: one added at the end (its standards added after), one renamed; bad input said on the page.
        mvc.perform(post(edit + "/sections")
                        .param("sectionNumber", "1")
                        .param("sectionTitle", "Doubled")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#sectionNumber\">There is already a section 1")))
                .andExpect(content().string(containsString("value=\"Doubled\"")));
        mvc.perform(post(edit + "/sections")
                        .param("sectionNumber", "99")
                        .param("sectionTitle", "Filtering and monitoring")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(flash().attribute("saved", "Section 99 added"));
        mvc.perform(get(edit + "/sections/1").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rename section 1")));
        mvc.perform(post(edit + "/sections/1")
                        .param("sectionTitle", " ")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#sectionTitle\">Enter the section’s title")));
        mvc.perform(post(edit + "/sections/1")
                        .param("sectionTitle", "Leadership, management and governance")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(flash().attribute("saved", "Section 1 renamed Leadership, management and governance"));
        Framework withSections = frameworks.version(copy).orElseThrow().framework();
        assertThat(withSections.sections().get(0).title()).isEqualTo("Leadership, management and governance");
        assertThat(withSections.sections().get(withSections.sections().size() - 1))
                .isEqualTo(new Framework.Section("99", "Filtering and monitoring", List.of()));
        mvc.perform(post(edit + "/standards/1.2/remove").cookie(officer).with(csrf()))
                .andExpect(flash().attribute("saved", "Standard 1.2 removed"));
        mvc.perform(get(edit + "/changes")
                        .param("from", String.valueOf(current))
                        .cookie(officer))
                .andExpect(content().string(containsString("<span>1.2</span>")))
                .andExpect(content().string(containsString("Records of concerns are kept apart from the pupil file")))
                // The changed standard side by side: each changed part, the old text beside the new.
                .andExpect(content().string(containsString("Standard 1.1: before and after")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<span class=\"sg-compare__text\">Governors review safeguarding every year and minute it</span>")))
                .andExpect(content()
                        .string(containsString("<th scope=\"row\" class=\"govuk-table__header\">Statement</th>")));
        // A version in use refuses, and says why.
        mvc.perform(post("/safeguarding/frameworks/" + current + "/standards/1.2/remove")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(flash().attribute("problem", containsString("cannot change")));
        mvc.perform(get("/safeguarding/frameworks/" + current + "/edit").cookie(officer))
                .andExpect(content().string(containsString("is in use by schools")));

        Cookie school = SignedIn.schoolStaff(
                mvc,
                jdbc,
                directory
                        .members(Audience.of(OrganisationRole.DSL), LocalDate.now())
                        .get(0)
                        .email());
        mvc.perform(get("/safeguarding/frameworks").cookie(school)).andExpect(status().isForbidden());
        mvc.perform(post(edit + "/standards/1.1/remove").cookie(school).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
