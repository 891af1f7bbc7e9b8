package uk.headsup.mailing.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SentEmails;
import uk.headsup.support.SignedIn;

/**
 * Issue 20, item 3: a stored email must not give a database reader a live sign-in link, invitation or password link.
 * This context is the embedded demo default with the development outbox, which keeps links so that a newcomer can
 * sign in; the masking every other installation does once a message has gone is applied here as they apply it.
 */
@HeadsUpIntegrationTest
class SentLinksIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    SentLinks links;

    @Test
    void onceSentNoLiveTokenOfASensitiveEmailCanBeReadFromAnyTable() throws Exception {
        SentEmails emails = new SentEmails(jdbc);
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        String colleague = "masked-" + UUID.randomUUID() + "@elmshire.example";
        mvc.perform(post("/admin/users/invite")
                        .cookie(admin)
                        .param("name", "Mo Masked")
                        .param("email", colleague)
                        .param("roles", "EDITOR")
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        SentEmails.Message invitation = emails.latestTo(colleague, "/invitation?token=");
        long account = jdbc.sql("select id from accounts where email = :e")
                .param("e", colleague)
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + account + "/password-link")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account));
        SentEmails.Message passwordLink = emails.latestTo(colleague, "/invitation?token=");
        String head = jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                         where a.ends_on is null and a.role = 'HEADTEACHER' and p.email like '%@%'
                         order by p.id desc limit 1
                        """).query(String.class).single();
        mvc.perform(post("/sign-in/link/request")
                        .param("email", head)
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("198.51.100.33");
                            return r;
                        }))
                .andExpect(redirectedUrl("/sign-in/link/sent"));
        SentEmails.Message signIn = emails.latestTo(head, "/sign-in/link?token=");

        Map<String, SentEmails.Message> tokens = Map.of(
                token(invitation, "/invitation?token="), invitation,
                token(passwordLink, "/invitation?token="), passwordLink,
                token(signIn, "/sign-in/link?token="), signIn);
        List<Long> ids = new ArrayList<>();
        for (SentEmails.Message message : tokens.values()) {
            emails.awaitSent(message, Duration.ofSeconds(30));
            ids.add(message.id());
        }
        assertThat(links.keep())
                .as("the embedded demo's development outbox keeps links")
                .isTrue();
        assertThat(readableAnywhere(tokens.keySet()))
                .as("kept here, for /dev/outbox")
                .isNotEmpty();

        assertThat(outbox.maskLinks(ids)).isEqualTo(3);

        assertThat(readableAnywhere(tokens.keySet()))
                .as("live tokens readable in any text or bytea column of any table")
                .isEmpty();
        SentEmails.Message masked = emails.latestTo(head, "/sign-in/link?token=");
        assertThat(masked.text()).contains("/sign-in/link?token=" + SentLinks.MASK);
        assertThat(masked.html()).contains("token=" + SentLinks.MASK);
    }

    /** Messages sent before the change lose their links to the migration, as new ones do once they go. */
    @Test
    void theMigrationMasksMessagesSentBefore() throws Exception {
        String token = "old" + UUID.randomUUID().toString().replace("-", "");
        long id = jdbc.sql("""
                        insert into outbox_messages (kind, recipient, subject, html_body, text_body, status, message_id)
                        values ('sign-in-link', 'old@example.org', 'Old', :html, :text, 'SENT', :mid)
                        returning id
                        """)
                .param("html", "<a href=\"https://x.example/sign-in/link?token=" + token + "\">Sign in</a>")
                .param("text", "https://x.example/sign-in/link?token=" + token)
                .param("mid", "<" + token + "@example.org>")
                .query(Long.class)
                .single();
        String migration = new String(
                new org.springframework.core.io.ClassPathResource("db/migration/mailing/V4_20_1__sent_links_masked.sql")
                        .getInputStream()
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        jdbc.sql(migration).update();
        assertThat(jdbc.sql("select html_body || text_body from outbox_messages where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .doesNotContain(token)
                .contains("token=" + SentLinks.MASK);
    }

    @Test
    void onlyTheDevelopmentOutboxOfTheEmbeddedDemoKeepsLinks() {
        assertThat(SentLinks.keeps(true, new MockEnvironment())).isTrue();
        assertThat(SentLinks.keeps(false, new MockEnvironment())).isFalse();
        assertThat(SentLinks.keeps(
                        true, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/h")))
                .isFalse();
        assertThat(SentLinks.keeps(true, new MockEnvironment().withProperty("headsup.demo", "false")))
                .isFalse();
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");
        assertThat(SentLinks.keeps(true, production)).isFalse();
    }

    private static String token(SentEmails.Message message, String fragment) {
        String link = message.link(fragment);
        return link.substring(link.indexOf("token=") + 6);
    }

    /** "table.column" of every text-like or bytea column, in any table, that holds one of these strings. */
    private List<String> readableAnywhere(java.util.Set<String> secrets) {
        List<String> found = new ArrayList<>();
        List<String[]> columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                          join information_schema.tables t
                            on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                           and c.data_type in ('text', 'character varying', 'bytea', 'jsonb', 'json', 'ARRAY')
                        """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        for (String[] column : columns) {
            String value = column[2].equals("bytea")
                    ? "encode(\"" + column[1] + "\", 'escape')"
                    : "\"" + column[1] + "\"::text";
            // One pass over the column for all the secrets.
            String any = secrets.stream()
                    .map(secret -> "strpos(" + value + ", '" + secret + "') > 0")
                    .collect(java.util.stream.Collectors.joining(" or "));
            boolean there = jdbc.sql("select exists (select 1 from \"" + column[0] + "\" where " + any + ")")
                    .query(Boolean.class)
                    .single();
            if (there) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }
}
