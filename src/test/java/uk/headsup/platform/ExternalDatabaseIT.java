package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.platform.database.EmbeddedDatabase;
import uk.headsup.support.ExternalPostgres;

/**
 * Heads Up on an external PostgreSQL server, as an authority's IT team runs it: {@code HEADSUP_TEST_EXTERNAL_DB_URL}
 * names the server (.ci/run sets it); the test works in a schema of its own, made afresh.
 */
@SpringBootTest(
        properties = {
            "headsup.data-dir=target/test-data/${random.uuid}",
            "headsup.admin.email=it-admin@authority.example",
            "headsup.admin.password=external database admin"
        })
@AutoConfigureMockMvc
class ExternalDatabaseIT {

    static final String SCHEMA = "headsup_it";

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        String url = ExternalPostgres.freshSchema(SCHEMA);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectProvider<EmbeddedDatabase> embedded;

    @Test
    void runsOnTheExternalServerWithoutDemoDataAndKeepsSessionsThere() throws Exception {
        assertThat(embedded.getIfAvailable())
                .as("no embedded database is started")
                .isNull();
        assertThat(jdbc.sql("select current_schema()").query(String.class).single())
                .isEqualTo(SCHEMA);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from organisations")
                        .query(Integer.class)
                        .single())
                .as("the demo county is only for the embedded default")
                .isZero();

        mvc.perform(post("/sign-in/password")
                        .param("email", "it-admin@authority.example")
                        .param("password", "external database admin")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        int sessions = jdbc.sql(
                        "select count(*) from spring_session where principal_name = 'it-admin@authority.example'")
                .query(Integer.class)
                .single();
        assertThat(sessions)
                .as("sessions are stored in the database, for several nodes")
                .isEqualTo(1);
    }
}
