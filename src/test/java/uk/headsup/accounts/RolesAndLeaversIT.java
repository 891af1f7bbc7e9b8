package uk.headsup.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * What an administrator takes away stops working at once; a leaver signs in nowhere while their history stays; an
 * account with no role reaches its own account page and nothing else (issue 20, item 2).
 */
@HeadsUpIntegrationTest
class RolesAndLeaversIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void aRoleTakenAwayStopsWorkingInTheSessionAlreadyOpen() throws Exception {
        String editor = anAccount(EnumSet.of(AuthorityRole.EDITOR));
        Cookie session = SignedIn.authorityStaff(mvc, editor);
        mvc.perform(get("/bulletins/editions").cookie(session)).andExpect(status().isOk());

        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        mvc.perform(post("/admin/users/" + idOf(editor))
                        .cookie(admin)
                        .param("roles", "EVENTS_OFFICER")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/bulletins/editions").cookie(session)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/bulletins/editions/new")
                        .cookie(session)
                        .param("series", "1")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in"));
        Cookie again = SignedIn.authorityStaff(mvc, editor);
        mvc.perform(post("/bulletins/editions/new")
                        .cookie(again)
                        .param("series", "1")
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/events/new").cookie(again)).andExpect(status().isOk());
    }

    @Test
    void aLeaverIsDeactivatedSignsInNowhereAndTheirHistoryStays() throws Exception {
        String leaver = anAccount(EnumSet.of(AuthorityRole.EDITOR));
        Cookie session = SignedIn.authorityStaff(mvc, leaver);
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);

        mvc.perform(post("/admin/users/" + idOf(leaver) + "/deactivate")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users/" + idOf(leaver)).cookie(admin))
                .andExpect(content().string(containsString("Deactivated")));

        mvc.perform(get("/bulletins/editions").cookie(session)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-in/password")
                        .param("email", leaver)
                        .param("password", SignedIn.DEMO_PASSWORD)
                        .with(csrf()))
                .andExpect(forwardedUrl("/sign-in/password/failed"));
        assertThat(jdbc.sql("select count(*) from audit_events where subject = :e and action = 'Signed in'")
                        .param("e", leaver)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select deactivated_by from accounts where email = :e")
                        .param("e", leaver)
                        .query(String.class)
                        .single())
                .isEqualTo(SignedIn.ADMIN);

        mvc.perform(post("/admin/users/" + idOf(leaver) + "/reactivate")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        SignedIn.authorityStaff(mvc, leaver);
    }

    @Test
    void anAccountWithNoRoleReachesItsOwnAccountPageAndNothingElse() throws Exception {
        Cookie roleLess = SignedIn.authorityStaff(mvc, anAccount(EnumSet.noneOf(AuthorityRole.class)));

        mvc.perform(get("/account").cookie(roleLess)).andExpect(status().isOk());
        mvc.perform(get("/account/password").cookie(roleLess)).andExpect(status().isOk());
        for (String page : new String[] {
            "/contacts", "/directory/people", "/directory/organisations", "/mailing", "/bulletins/editions", "/events"
        }) {
            mvc.perform(get(page).cookie(roleLess)).andExpect(status().isForbidden());
        }
    }

    private String anAccount(Set<AuthorityRole> roles) {
        String email = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@elmshire.example";
        accounts.createAuthorityAccount(email, "Test " + email, roles, SignedIn.DEMO_PASSWORD);
        return email;
    }

    private long idOf(String email) {
        return jdbc.sql("select id from accounts where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }
}
