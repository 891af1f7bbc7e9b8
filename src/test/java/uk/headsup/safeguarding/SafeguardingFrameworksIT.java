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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
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

        Cookie school = SignedIn.schoolStaff(
                mvc,
                jdbc,
                directory
                        .members(Audience.of(OrganisationRole.DSL), LocalDate.now())
                        .get(0)
                        .email());
        mvc.perform(get("/safeguarding/frameworks").cookie(school)).andExpect(status().isForbidden());
    }
}
