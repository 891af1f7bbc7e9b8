package uk.headsup;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** Smaller findings of issue 20, each as the attacker met it. */
@HeadsUpIntegrationTest
class AttackerFindingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Item 8: a value that is not one of the choices is the sender's mistake, said plainly, not a 500. */
    @Test
    void aBadEnumValueAnswers400WithAClearMessage() throws Exception {
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        long edition = jdbc.sql("select id from bulletin_editions order by id limit 1")
                .query(Long.class)
                .single();
        mvc.perform(get("/bulletins/editions/" + edition + "/preview")
                        .param("role", "NOT_A_ROLE")
                        .param("phase", "PRIMARY")
                        .cookie(editor))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("‘NOT_A_ROLE’ is not a valid organisation role")))
                .andExpect(content().string(containsString("HEADTEACHER")));

        Cookie school = SignedIn.schoolStaff(mvc, jdbc, aSchoolUser());
        mvc.perform(post("/bulletins/attention/1")
                        .param("state", "PWNED")
                        .cookie(school)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("‘PWNED’ is not a valid")));
    }

    /** Item 11: school users sign in by link and have no passkeys: registration options are refused them too. */
    @Test
    void schoolUsersAreRefusedPasskeyRegistrationOptions() throws Exception {
        Cookie school = SignedIn.schoolStaff(mvc, jdbc, aSchoolUser());
        mvc.perform(post("/webauthn/register/options").cookie(school).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/webauthn/register").cookie(school).with(csrf()).content("{}"))
                .andExpect(status().isForbidden());
        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        mvc.perform(post("/webauthn/register/options").cookie(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("challenge")));
    }

    private String aSchoolUser() {
        return jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where a.ends_on is null and o.kind = 'SCHOOL' and p.email like '%@%'
                         order by p.id desc limit 1
                        """).query(String.class).single();
    }
}
