package uk.headsup.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.headsup.support.HeadsUpIntegrationTest;

/** Behind HTTPS the session cookie is Secure and browsers are told to stay on HTTPS. */
@HeadsUpIntegrationTest
class SecureCookiesIT {

    @Autowired
    MockMvc mvc;

    @Test
    void overHttpsTheSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        MvcResult result = mvc.perform(post("/sign-in/password")
                        .secure(true)
                        .param("email", "tom.whitaker@elmshire.example")
                        .param("password", "heads-up-demo")
                        .with(csrf()))
                .andReturn();
        String cookie = result.getResponse().getHeader("Set-Cookie");
        assertThat(cookie)
                .startsWith("HEADSUP_SESSION=")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(result.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void overPlainHttpNoStrictTransportSecurityIsSent() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
    }
}
