package uk.headsup.mailing.internal.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.Audience;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.mailing.Topic;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** A signed-in person chooses which emails they get from "Your account", as the emailed link lets them. */
@HeadsUpIntegrationTest
class AccountEmailsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Topics topics;

    @Autowired
    Directory directory;

    @Test
    void yourAccountLeadsToTheSamePreferencesAsTheEmailedLink() throws Exception {
        String key = "section:account-emails-it";
        topics.declare(new Topic(key, Topic.Kind.SECTION, "Governance (account test)", "Articles for governors", 99));
        String email = directory.members(Audience.of(OrganisationRole.SENCO), LocalDate.now()).stream()
                .skip(3)
                .findFirst()
                .orElseThrow()
                .email();
        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, email);

        assertThat(page("/account", cookie)).contains("href=\"/account/emails\"");
        assertThat(page("/account/emails", cookie))
                .contains("Choose which emails you get", "Governance (account test)")
                .containsPattern("value=\"" + key + "\"[^>]*checked");

        String back = mvc.perform(post("/account/emails").cookie(cookie).with(csrf())) // every box unticked
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).isEqualTo("/account/emails?saved");
        assertThat(topics.unwanted(email)).contains(key);
        // As a browser sends it back: ?saved is a parameter with an empty value.
        assertThat(mvc.perform(get("/account/emails").param("saved", "").cookie(cookie))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Your choices are saved")
                .doesNotContainPattern("value=\"" + key + "\"[^>]*checked");
    }

    private String page(String path, Cookie cookie) throws Exception {
        return mvc.perform(get(path).cookie(cookie)).andReturn().getResponse().getContentAsString();
    }
}
