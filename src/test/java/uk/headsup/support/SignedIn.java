package uk.headsup.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Signs people in through the real sign-in pages, returning their session cookie. */
public final class SignedIn {

    public static final String ADMIN = "priya.shah@elmshire.example";
    public static final String EDITOR = "tom.whitaker@elmshire.example";
    public static final String DEMO_PASSWORD = "heads-up-demo";

    /** Each sign-in by link asks from its own client address, so no test meets another's rate limit. */
    private static final AtomicInteger clients = new AtomicInteger();

    private SignedIn() {}

    /** Authority staff, with their password. */
    public static Cookie authorityStaff(MockMvc mvc, String email) throws Exception {
        return mvc.perform(post("/sign-in/password")
                        .param("email", email)
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("HEADSUP_SESSION");
    }

    /** School or setting staff, with the link emailed to them. */
    public static Cookie schoolStaff(MockMvc mvc, JdbcClient jdbc, String email) throws Exception {
        String client = "192.0.2." + (1 + clients.incrementAndGet() % 250);
        mvc.perform(post("/sign-in/link/request")
                        .param("email", email)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andExpect(redirectedUrl("/sign-in/link/sent"));
        String link =
                new SentEmails(jdbc).latestTo(email, "/sign-in/link?token=").link("/sign-in/link?token=");
        return mvc.perform(post("/sign-in/link")
                        .param("token", link.substring(link.indexOf("token=") + 6))
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("HEADSUP_SESSION");
    }
}
