package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;

/** Reading pages does not rewrite the session row each time; the user stays signed in and the stamp still moves. */
@HeadsUpIntegrationTest
class SessionWritesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesReadWithinAMinuteLeaveTheSessionRowAloneAndLaterOnesStampIt() throws Exception {
        String cookie = mvc.perform(post("/sign-in/password")
                        .param("email", "tom.whitaker@elmshire.example")
                        .param("password", "heads-up-demo")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("HEADSUP_SESSION")
                .getValue();
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
        Cookie session = new Cookie("HEADSUP_SESSION", cookie);

        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        long stamped = lastAccess(sessionId);
        String where = "select xmin::text from spring_session where session_id = ?";
        String version = jdbc.queryForObject(where, String.class, sessionId);

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        }
        assertThat(lastAccess(sessionId)).isEqualTo(stamped);
        assertThat(jdbc.queryForObject(where, String.class, sessionId))
                .as("the row was not rewritten")
                .isEqualTo(version);

        // As if the last stamp were two minutes old: the next page stamps the session again.
        jdbc.update(
                "update spring_session set last_access_time = last_access_time - 120000,"
                        + " expiry_time = expiry_time - 120000 where session_id = ?",
                sessionId);
        long before = System.currentTimeMillis();
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(sessionId)).isGreaterThanOrEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select expiry_time - last_access_time from spring_session where session_id = ?",
                        Long.class,
                        sessionId))
                .isEqualTo(8 * 3600 * 1000L);

        // Signing out still ends the session.
        mvc.perform(post("/sign-out").cookie(session).with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, sessionId))
                .isZero();
    }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where session_id = ?", Long.class, sessionId);
    }
}
