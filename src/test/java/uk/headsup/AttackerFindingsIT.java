package uk.headsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** Smaller findings of issue 20, each as the attacker met it. */
@HeadsUpIntegrationTest
class AttackerFindingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords directory;

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

    /** Item 10: a signed-out request for a protected page creates no session row; the return address survives. */
    @Test
    void aSignedOutRequestForAProtectedPageCreatesNoSession() throws Exception {
        long before = sessionRows();
        MockHttpServletResponse response = mvc.perform(get("/admin/users"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"))
                .andReturn()
                .getResponse();
        assertThat(response.getCookie("HEADSUP_SESSION")).as("a session cookie").isNull();
        assertThat(sessionRows()).as("spring_session rows").isEqualTo(before);

        Cookie returnTo = response.getCookie("REDIRECT_URI");
        assertThat(returnTo).as("the return address, in a cookie").isNotNull();
        mvc.perform(post("/sign-in/password")
                        .param("email", SignedIn.ADMIN)
                        .param("password", SignedIn.DEMO_PASSWORD)
                        .cookie(returnTo)
                        .with(csrf()))
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).contains("/admin/users"));
    }

    /** Item 10: the demo county says so on every page, signed in or not. */
    @Test
    void theDemoSaysSoOnEveryPage() throws Exception {
        String banner = "A demonstration with a made-up county and shared passwords";
        mvc.perform(get("/accessibility")).andExpect(content().string(containsString(banner)));
        mvc.perform(get("/events").cookie(SignedIn.authorityStaff(mvc, SignedIn.EDITOR)))
                .andExpect(content().string(containsString(banner)));
    }

    /** Item 2: a school user whose appointment the directory ends is signed out on their next request. */
    @Test
    void aSchoolUserWhoseAppointmentEndsIsSignedOut() throws Exception {
        String email = "leaver-" + java.util.UUID.randomUUID() + "@school.example";
        long school = jdbc.sql("select id from organisations where kind = 'SCHOOL' order by id limit 1")
                .query(Long.class)
                .single();
        long person = directory.addPerson("Lee Leaver", email, null, "Teacher");
        directory.appoint(
                person,
                school,
                OrganisationRole.SENCO,
                java.time.LocalDate.now().minusYears(1));
        Cookie session = SignedIn.schoolStaff(mvc, jdbc, email);
        long rows = sessionRows();

        jdbc.sql("update appointments set ends_on = current_date - 1 where person_id = :p")
                .param("p", person)
                .update();
        mvc.perform(get("/events").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(sessionRows()).as("the session row is gone").isEqualTo(rows - 1);
        mvc.perform(get("/contacts").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
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
