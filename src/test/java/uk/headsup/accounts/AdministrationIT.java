package uk.headsup.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SentEmails;

@HeadsUpIntegrationTest
class AdministrationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorInvitesAColleagueWhoChoosesAPasswordAndIsGivenAnotherRole() throws Exception {
        Cookie admin = signIn("priya.shah@elmshire.example", "heads-up-demo");
        String colleague = "new-" + UUID.randomUUID() + "@elmshire.example";

        mvc.perform(post("/admin/users/invite").cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter their full name")))
                .andExpect(content().string(containsString("Select at least one role")));
        mvc.perform(post("/admin/users/invite")
                        .cookie(admin)
                        .param("name", "Sam Newcomer")
                        .param("email", colleague)
                        .param("roles", "EDITOR")
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        SentEmails.Message invitation = new SentEmails(jdbc).latestTo(colleague);
        assertThat(invitation.text()).contains("Priya Shah has invited you").contains("- Editor");
        String link = invitation.link("/invitation?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        mvc.perform(get("/invitation").param("token", token))
                .andExpect(content().string(containsString("Sam Newcomer")));
        mvc.perform(post("/invitation")
                        .param("token", token)
                        .param("password", "short")
                        .param("confirmation", "short")
                        .with(csrf()))
                .andExpect(content().string(containsString("Password must be 12 characters or more")));
        mvc.perform(post("/invitation")
                        .param("token", token)
                        .param("password", "a newcomer's passphrase")
                        .param("confirmation", "a newcomer's passphrase")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in/password"));
        mvc.perform(get("/invitation").param("token", token))
                .andExpect(content().string(containsString("That invitation link does not work")));

        long id = jdbc.sql("select id from accounts where email = :e")
                .param("e", colleague)
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + id)
                        .cookie(admin)
                        .param("roles", "EDITOR", "PUBLISHER")
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        Cookie newcomer = signIn(colleague, "a newcomer's passphrase");
        mvc.perform(get("/").cookie(newcomer))
                .andExpect(content().string(containsString("Editor")))
                .andExpect(content().string(containsString("Publisher")));
        mvc.perform(get("/admin/users").cookie(newcomer)).andExpect(status().isForbidden());

        mvc.perform(get("/admin/audit").cookie(admin))
                .andExpect(content().string(containsString("Invited")))
                .andExpect(content().string(containsString("Changed roles")))
                .andExpect(content().string(containsString("Editor → Editor, Publisher")));
    }

    @Test
    void theLastAdministratorCannotLoseTheRole() throws Exception {
        Cookie admin = signIn("priya.shah@elmshire.example", "heads-up-demo");
        long priya = jdbc.sql("select id from accounts where email = 'priya.shah@elmshire.example'")
                .query(Long.class)
                .single();
        // Other tests of the shared context make administrators of their own: for this one, Priya is the last.
        List<Long> otherAdmins = jdbc.sql(
                        "select account_id from account_roles where role = 'ADMIN' and account_id <> :p")
                .param("p", priya)
                .query(Long.class)
                .list();
        jdbc.sql("delete from account_roles where role = 'ADMIN' and account_id <> :p")
                .param("p", priya)
                .update();
        try {
            mvc.perform(post("/admin/users/" + priya)
                            .cookie(admin)
                            .param("roles", "PUBLISHER")
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Keep the Administrator role")));
            assertThat(jdbc.sql("select count(*) from account_roles where role = 'ADMIN'")
                            .query(Long.class)
                            .single())
                    .as("Priya is still the administrator")
                    .isEqualTo(1);
        } finally {
            for (long other : otherAdmins) {
                jdbc.sql("insert into account_roles (account_id, role) values (:a, 'ADMIN') on conflict do nothing")
                        .param("a", other)
                        .update();
            }
        }
    }

    @Test
    void anAdministratorUnlocksAnAccountAndSendsALinkToChooseANewPassword() throws Exception {
        Cookie admin = signIn("priya.shah@elmshire.example", "heads-up-demo");
        String email = "daniel.price@elmshire.example";
        // Wrong passwords no longer lock an account (issue 20, item 6: they slow the guesser down instead); an
        // account locked before that change is still unlocked here.
        jdbc.sql("update accounts set locked_until = now() + interval '15 minutes' where email = :e")
                .param("e", email)
                .update();
        long id = jdbc.sql("select id from accounts where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
        mvc.perform(get("/admin/users/" + id).cookie(admin))
                .andExpect(content().string(containsString("Unlock account")));
        mvc.perform(post("/admin/users/" + id + "/unlock").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/admin/users/" + id + "/password-link").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));

        SentEmails.Message message = new SentEmails(jdbc).latestTo(email);
        assertThat(message.subject()).isEqualTo("Choose a new password for Heads Up");
        String link = message.link("/invitation?token=");
        mvc.perform(post("/invitation")
                        .param("token", link.substring(link.indexOf("token=") + 6))
                        .param("password", "remembered this time")
                        .param("confirmation", "remembered this time")
                        .with(csrf()))
                .andExpect(redirectedUrl("/sign-in/password"));
        signIn(email, "remembered this time");
        mvc.perform(get("/admin/audit").cookie(admin))
                .andExpect(content().string(containsString("Unlocked account")))
                .andExpect(content().string(containsString("Sent password link")));
    }

    @Test
    void theDevelopmentOutboxIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/dev/outbox").cookie(signIn("priya.shah@elmshire.example", "heads-up-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No email server is configured")));
        mvc.perform(get("/dev/outbox").cookie(signIn("tom.whitaker@elmshire.example", "heads-up-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dev/outbox")).andExpect(redirectedUrl("/sign-in"));
    }

    private Cookie signIn(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in/password")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("HEADSUP_SESSION");
    }
}
