package uk.headsup.demo;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.Directory;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * A demo visitor can sign in as each of the audit's newer roles (offered with the demo's other addresses on the
 * signed-out home page) and see their view:
 * the trust's safeguarding lead its schools' returns, on the home page too; the deputy DSL and the safeguarding
 * governor their school's return.
 */
@HeadsUpIntegrationTest
class DemoSafeguardingRolesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    private List<String> schoolsOfTheTrust() {
        return jdbc.sql("""
                        select s.name from organisations s join organisations t on t.id = s.trust_id
                        where t.name = :trust order by s.name
                        """)
                .param("trust", DemoSafeguarding.TRUST)
                .query(String.class)
                .list();
    }

    @Test
    void eachNewerRoleIsOfferedOnTheSignInPageAndSeesItsView() throws Exception {
        // The signed-out home page lists the demo's addresses to try (the sign-in page points to it).
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoSafeguarding.TRUST_LEAD)))
                .andExpect(content().string(containsString(DemoSafeguarding.DEPUTY_DSL)))
                .andExpect(content().string(containsString(DemoSafeguarding.SAFEGUARDING_GOVERNOR)));

        List<String> trustSchools = schoolsOfTheTrust();
        org.assertj.core.api.Assertions.assertThat(trustSchools).hasSize(DemoSafeguarding.TRUST_SCHOOLS.size());
        Cookie lead = SignedIn.schoolStaff(mvc, jdbc, DemoSafeguarding.TRUST_LEAD);
        for (String school : trustSchools) {
            mvc.perform(get("/safeguarding/my").cookie(lead))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(school)));
        }
        mvc.perform(get("/").cookie(lead))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("See that " + trustSchools.get(0))));

        for (String reader : List.of(DemoSafeguarding.DEPUTY_DSL, DemoSafeguarding.SAFEGUARDING_GOVERNOR)) {
            String school =
                    directory.staffMember(reader).orElseThrow().posts().get(0).organisationName();
            Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, reader);
            mvc.perform(get("/safeguarding/my").cookie(cookie))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(school)))
                    .andExpect(content().string(containsString("Your safeguarding audit returns")));
        }
    }
}
