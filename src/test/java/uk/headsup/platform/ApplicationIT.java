package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.headsup.support.HeadsUpIntegrationTest;

@HeadsUpIntegrationTest
class ApplicationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEmbeddedDatabaseIsAsDurableAsARealOne() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void theSchemaComesFromVersionedMigrations() {
        int applied = jdbc.sql("select count(*) from flyway_schema_history where success")
                .query(Integer.class)
                .single();
        assertThat(applied).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyBrowserFindsTheFavicon() throws Exception {
        // Browsers ask for /favicon.ico whatever the page links; the pages link it, the SVG and a touch icon.
        byte[] ico = mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ico).startsWith(0, 0, 1, 0); // an icon file's header
        mvc.perform(get("/images/apple-touch-icon.png")).andExpect(status().isOk());
        mvc.perform(get("/"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "<link rel=\"icon\" sizes=\"48x48\" href=\"/favicon.ico\">")));
    }

    @Test
    void theDemoCountyIsLoadedOnTheEmbeddedDefault() {
        int schools = jdbc.sql("select count(*) from organisations where kind = 'SCHOOL'")
                .query(Integer.class)
                .single();
        int childminders = jdbc.sql("select count(*) from organisations where kind = 'CHILDMINDER'")
                .query(Integer.class)
                .single();
        int phases = jdbc.sql("select count(distinct phase) from organisations where kind = 'SCHOOL'")
                .query(Integer.class)
                .single();
        int districts = jdbc.sql("select count(distinct district) from organisations")
                .query(Integer.class)
                .single();
        assertThat(schools).isGreaterThanOrEqualTo(24);
        assertThat(childminders).isPositive();
        assertThat(phases).isGreaterThanOrEqualTo(5);
        assertThat(districts).isEqualTo(5);
    }

    @Test
    void theSignedOutHomePageExplainsTheServiceAndListsDemoAddresses() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Elmshire County Council")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("priya.shah@elmshire.example")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Accessibility statement")));
    }

    /** Issue 20, item 9: one policy for every page, allowing only the layout's known inline script by its hash. */
    @Test
    void everyPageCarriesTheOneContentSecurityPolicy() throws Exception {
        String first = csp(mvc.perform(get("/")).andReturn());
        String second = csp(mvc.perform(get("/accessibility")).andReturn());
        assertThat(first)
                .contains("script-src 'self' 'sha256-")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .doesNotContain("nonce")
                .doesNotContain("unsafe-inline");
        assertThat(second).isEqualTo(first);
        mvc.perform(get("/"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void govukFrontendIsServedWithoutTheGovukTypeface() throws Exception {
        String css = mvc.perform(get("/assets/govuk-frontend.css"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(css)
                .hasSizeGreaterThan(50_000)
                .doesNotContain("GDS Transport")
                .doesNotContain("@font-face");
        assertThat(css).contains("font-family:arial,helvetica,sans-serif");
        mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).andExpect(status().isNotFound());
    }

    @Test
    void healthProbesAreUp() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsAreForPrometheusOnThisMachine() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(r -> {
                    r.setRemoteAddr("127.0.0.1");
                    return r;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").with(r -> {
                    r.setRemoteAddr("203.0.113.9");
                    return r;
                }))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void unknownPagesOfSignedInUsersGetTheServicesOwnNotFoundPage() throws Exception {
        mvc.perform(
                        get("/no-such-page")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("someone")
                                        .roles("AUTHORITY_STAFF")))
                .andExpect(status().isNotFound());
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private static String csp(MvcResult result) {
        return result.getResponse().getHeader("Content-Security-Policy");
    }
}
