package uk.headsup.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SentEmails;
import uk.headsup.support.SignedIn;

@HeadsUpIntegrationTest
class SignInIT {

    private static final String WAIT_UNTIL = "uk.headsup.accounts.internal.signin.PasswordThrottleFilter.WAIT_UNTIL";

    static final String HEADTEACHER = "amara.abbott@northbrook-primary.sch.example";
    private static final AtomicInteger clients = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    SentEmails emails() {
        return new SentEmails(jdbc);
    }

    /** Each test asks from its own client address, so that the per-client limit of one test does not reach another. */
    private final RequestPostProcessor client = from("198.51.100." + clients.incrementAndGet());

    @Test
    void schoolStaffSignInWithAnEmailedLinkThatWorksOnce() throws Exception {
        int before = emails().to(HEADTEACHER).size();
        mvc.perform(post("/sign-in/link/request")
                        .param("email", HEADTEACHER.toUpperCase())
                        .with(csrf())
                        .with(client))
                .andExpect(redirectedUrl("/sign-in/link/sent"));
        assertThat(emails().to(HEADTEACHER)).hasSize(before + 1);
        SentEmails.Message email = emails().latestTo(HEADTEACHER);
        assertThat(email.subject()).isEqualTo("Your Heads Up sign-in link");
        assertThat(email.text()).contains("Dear Amara Abbott").contains("15 minutes");
        assertThat(email.html()).contains("lang=\"en-GB\"").contains("Sign in to <span>Heads Up</span>");
        String link = email.link("/sign-in/link?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        int storedPlain = jdbc.sql("select count(*) from sign_in_tokens where token_hash = :t or email = :t")
                .param("t", token)
                .query(Integer.class)
                .single();
        assertThat(storedPlain).as("the token is stored only as a hash").isZero();

        mvc.perform(get("/sign-in/link").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"token\" value=\"" + token + "\"")));
        mvc.perform(post("/sign-in/link").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated()
                        .withAuthentication(a -> assertThat(roles(a))
                                .containsExactlyInAnyOrder("ROLE_SCHOOL_STAFF", "ROLE_HEADTEACHER")));

        mvc.perform(post("/sign-in/link").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/sign-in/link/problem"))
                .andExpect(unauthenticated());
        int linked = jdbc.sql(
                        "select count(*) from accounts where lower(email) = :e and kind = 'SCHOOL' and last_signed_in_at is not null")
                .param("e", HEADTEACHER)
                .query(Integer.class)
                .single();
        assertThat(linked)
                .as("the person's first sign-in links an account to them")
                .isEqualTo(1);
    }

    @Test
    void anExpiredOrTamperedLinkOffersANewOne() throws Exception {
        mvc.perform(post("/sign-in/link/request")
                .param("email", HEADTEACHER)
                .with(csrf())
                .with(client));
        String link = emails().latestTo(HEADTEACHER).link("/sign-in/link?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(post("/sign-in/link").param("token", token + "x").with(csrf()))
                .andExpect(redirectedUrl("/sign-in/link/problem"));
        jdbc.sql("update sign_in_tokens set expires_at = now() - interval '1 second'")
                .update();
        mvc.perform(post("/sign-in/link").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/sign-in/link/problem"))
                .andExpect(unauthenticated());
        mvc.perform(get("/sign-in/link/problem"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That sign-in link does not work")))
                .andExpect(content().string(containsString("Email me a new sign-in link")));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
        String stranger = "nobody-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/sign-in/link/request")
                        .param("email", stranger)
                        .with(csrf())
                        .with(client))
                .andExpect(redirectedUrl("/sign-in/link/sent"));
        assertThat(emails().to(stranger)).isEmpty();
    }

    @Test
    void aMalformedAddressIsExplainedOnTheForm() throws Exception {
        mvc.perform(post("/sign-in/link/request")
                        .param("email", "not an address")
                        .with(csrf())
                        .with(client))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("href=\"#email\"")));
        mvc.perform(post("/sign-in/link/request")
                        .param("email", " ")
                        .with(csrf())
                        .with(client))
                .andExpect(content().string(containsString("Enter your email address")));
    }

    @Test
    void linksAreRateLimitedPerAddress() throws Exception {
        String senco = "faisal.lamb@northbrook-academy.sch.example";
        int before = emails().to(senco).size();
        for (int i = 0; i < 7; i++) {
            mvc.perform(post("/sign-in/link/request")
                            .param("email", senco)
                            .with(csrf())
                            .with(from("192.0.2." + (100 + i))))
                    .andExpect(redirectedUrl("/sign-in/link/sent"));
        }
        assertThat(emails().to(senco)).as("five links per address per window").hasSize(before + 5);
    }

    @Test
    void linksAreRateLimitedPerClient() throws Exception {
        RequestPostProcessor busy = from("203.0.113.50");
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/sign-in/link/request")
                            .param("email", "x" + i + "@example.org")
                            .with(csrf())
                            .with(busy))
                    .andExpect(redirectedUrl("/sign-in/link/sent"));
        }
        mvc.perform(post("/sign-in/link/request")
                        .param("email", "late@example.org")
                        .with(csrf())
                        .with(busy))
                .andExpect(redirectedUrl("/sign-in/link/too-many"));
        mvc.perform(get("/sign-in/link/too-many")).andExpect(status().isTooManyRequests());
    }

    @Test
    void authorityStaffSignInWithTheirPassword() throws Exception {
        mvc.perform(post("/sign-in/password")
                        .param("email", "priya.shah@elmshire.example")
                        .param("password", "heads-up-demo")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated()
                        .withAuthentication(a -> assertThat(roles(a))
                                .containsExactlyInAnyOrder("ROLE_AUTHORITY_STAFF", "ROLE_ADMIN", "ROLE_PUBLISHER")));
    }

    /**
     * Issue 20, item 6: wrong passwords slow the guesser down, from their client, without locking the owner out; an
     * address with no account gets the same answers.
     */
    @Test
    void wrongPasswordsSlowTheGuesserDownWithoutLockingTheOwnerOut() throws Exception {
        String email = "guessed-" + UUID.randomUUID() + "@elmshire.example";
        accounts.createAuthorityAccount(
                email, "Gus Guessed", EnumSet.of(AuthorityRole.EDITOR), "correct horse battery");
        String nobody = "nobody-" + UUID.randomUUID() + "@elmshire.example";
        for (String address : List.of(email, nobody)) {
            RequestPostProcessor guesser = from("198.51.100." + (address.equals(email) ? 60 : 61));
            for (int i = 0; i < 5; i++) {
                mvc.perform(post("/sign-in/password")
                                .param("email", address)
                                .param("password", "wrong " + i)
                                .with(csrf())
                                .with(guesser))
                        .andExpect(status().isOk())
                        .andExpect(forwardedUrl("/sign-in/password/failed"))
                        .andExpect(unauthenticated());
            }
            // The sixth try from the same client waits, even with the right password.
            mvc.perform(post("/sign-in/password")
                            .param("email", address)
                            .param("password", "correct horse battery")
                            .with(csrf())
                            .with(guesser))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(forwardedUrl("/sign-in/password/failed"))
                    .andExpect(request().attribute(WAIT_UNTIL, notNullValue()))
                    .andExpect(unauthenticated());
        }
        mvc.perform(post("/sign-in/password/failed")
                        .param("email", nobody)
                        .with(csrf())
                        .requestAttr(WAIT_UNTIL, java.time.Instant.now().plusSeconds(60)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content()
                        .string(containsString("Too many wrong passwords were entered from your" + " connection")))
                .andExpect(content().string(not(containsString("locked"))));

        // The owner, from their own computer, is not held up by someone else's guesses; nothing is locked.
        mvc.perform(post("/sign-in/password")
                        .param("email", email)
                        .param("password", "correct horse battery")
                        .with(csrf())
                        .with(from("198.51.100.62")))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());
        assertThat(jdbc.sql("select locked_until is null from accounts where email = :e")
                        .param("e", email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    /** Issue 20, item 6: one client guessing across many addresses is stopped, whichever addresses they try. */
    @Test
    void oneClientGuessingAcrossAccountsIsStopped() throws Exception {
        RequestPostProcessor guesser = from("198.51.100.70");
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/sign-in/password")
                            .param("email", "guess-" + i + "-" + UUID.randomUUID() + "@elmshire.example")
                            .param("password", "password1")
                            .with(csrf())
                            .with(guesser))
                    .andExpect(status().isOk())
                    .andExpect(forwardedUrl("/sign-in/password/failed"));
        }
        mvc.perform(post("/sign-in/password")
                        .param("email", SignedIn.EDITOR)
                        .param("password", SignedIn.DEMO_PASSWORD)
                        .with(csrf())
                        .with(guesser))
                .andExpect(status().isTooManyRequests())
                .andExpect(unauthenticated());
        mvc.perform(post("/sign-in/password")
                        .param("email", SignedIn.EDITOR)
                        .param("password", SignedIn.DEMO_PASSWORD)
                        .with(csrf())
                        .with(from("198.51.100.71")))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/sign-in/password")
                        .param("email", "priya.shah@elmshire.example")
                        .param("password", "heads-up-demo"))
                .andExpect(status().isForbidden());
    }

    private static java.util.List<String> roles(org.springframework.security.core.Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .toList();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
