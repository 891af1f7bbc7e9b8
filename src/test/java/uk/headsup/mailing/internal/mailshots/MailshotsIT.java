package uk.headsup.mailing.internal.mailshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.MailshotMessages;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.MailshotRequest;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.OrganisationReach;
import uk.headsup.mailing.Recipients;
import uk.headsup.mailing.TestArticles;
import uk.headsup.mailing.Topic;
import uk.headsup.mailing.internal.links.EmailLinks;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/** Mailshots through the development outbox: who gets what, exactly once, and the links in what they get. */
@HeadsUpIntegrationTest
class MailshotsIT {

    static final String SERIES = "series:test-weekly";

    @Autowired
    Mailshots mailshots;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailshotMessages sent;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    @Autowired
    MailshotDesk desk;

    @Autowired
    EmailLinks links;

    @Test
    void theSameKeyIsNeverEnqueuedTwice() {
        String key = key();
        MailshotRequest request = request(key, null, Recipients.listed(people("twice", 3)));
        MailshotStarted first = transaction.execute(tx -> mailshots.start(request));
        MailshotStarted again = transaction.execute(tx -> mailshots.start(request));
        assertThat(first.created()).isTrue();
        assertThat(first.queued()).isEqualTo(3);
        assertThat(again.created()).isFalse();
        assertThat(again.mailshotId()).isEqualTo(first.mailshotId());
        assertThat(deliveries(first.mailshotId())).isEqualTo(3);
        awaitFinished(key);
        assertThat(statuses(first.mailshotId())).containsOnly("SENT");
    }

    @Test
    void aSencoAtASecondaryAndAHeadteacherAtAPrimaryGetDifferentArticles() {
        LocalDate today = LocalDate.now();
        List<AudienceMember> sencos =
                directory.members(Audience.of(OrganisationRole.SENCO).inPhases(Phase.SECONDARY), today);
        List<AudienceMember> heads =
                directory.members(Audience.of(OrganisationRole.HEADTEACHER).inPhases(Phase.PRIMARY), today);
        List<AudienceMember> everyone =
                directory.members(Audience.of(OrganisationRole.SENCO, OrganisationRole.HEADTEACHER), today);
        AudienceMember senco = sencos.stream()
                .filter(s -> everyone.stream()
                        .noneMatch(e -> e.personId() == s.personId() && e.role() == OrganisationRole.HEADTEACHER))
                .findFirst()
                .orElseThrow();
        AudienceMember head = heads.stream()
                .filter(h -> everyone.stream()
                        .noneMatch(e -> e.personId() == h.personId()
                                && (e.role() == OrganisationRole.SENCO || e.phase() == Phase.SECONDARY)))
                .findFirst()
                .orElseThrow();

        String key = key();
        MailshotStarted started = transaction.execute(tx -> mailshots.start(
                request(key, null, Recipients.of(Audience.of(OrganisationRole.SENCO, OrganisationRole.HEADTEACHER)))));
        assertThat(started.queued())
                .isEqualTo(everyone.stream()
                        .map(AudienceMember::email)
                        .map(String::toLowerCase)
                        .distinct()
                        .count());
        awaitFinished(key);

        assertThat(TestArticles.titles(sent.text(started.mailshotId(), senco.email())))
                .containsExactlyInAnyOrder(
                        "Safeguarding alert",
                        "SEND funding for SENCos",
                        "Secondary admissions round",
                        "Book paid leadership training");
        assertThat(TestArticles.titles(sent.text(started.mailshotId(), head.email())))
                .containsExactlyInAnyOrder(
                        "Safeguarding alert", "Key stage 2 assessment dates", "Book paid leadership training");
        assertThat(mailshots.reach(key))
                .extracting(OrganisationReach::organisationId)
                .contains(senco.organisationId(), head.organisationId());
    }

    @Test
    void aMalformedAddressIsReportedAndTheOthersAreSent() {
        String key = key();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Addressee> people = List.of(
                Addressee.of("Good One", "good.one." + run + "@school.example"),
                Addressee.of("No Domain", "nobody-at-all"),
                Addressee.of("Good Two", "good.two." + run + "@school.example"));
        MailshotStarted started =
                transaction.execute(tx -> mailshots.start(request(key, null, Recipients.listed(people))));
        assertThat(started.malformed()).isEqualTo(1);
        awaitFinished(key);
        assertThat(jdbc.sql(
                                "select status || ' ' || reason from outbox_messages where mailshot_id = :m and recipient = 'nobody-at-all'")
                        .param("m", started.mailshotId())
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED Not a valid email address in the directory: nobody-at-all");
        assertThat(mailshots.progress(key).orElseThrow().sent()).isEqualTo(2);
    }

    @Test
    void whoTurnedTheSeriesOffIsLeftOutAndAOneClickUnsubscribeSparesWhatIsNotSentYet() throws Exception {
        mailshots.declare(new Topic(SERIES, Topic.Kind.SERIES, "The test weekly", "Every week", 1));
        String key = key();
        List<Addressee> people = people("series", 3);
        jdbc.sql("insert into mailing_opt_outs (email, topic) values (lower(:e), :t)")
                .param("e", people.get(0).email())
                .param("t", SERIES)
                .update();
        MailshotStarted started = transaction.execute(tx -> {
            MailshotStarted s = mailshots.start(request(key, SERIES, Recipients.listed(people)));
            desk().pause(s.mailshotId()); // nothing leaves before the unsubscribe below
            return s;
        });
        assertThat(started.suppressed()).isEqualTo(1);
        assertThat(started.queued()).isEqualTo(2);

        long second = sent.id(started.mailshotId(), people.get(1).email());
        String unsubscribe = unsubscribeLink(second);
        var answer = mvc.perform(post(unsubscribe)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string("Unsubscribed from The test weekly"))
                .andReturn();
        assertThat(answer.getResponse().getHeader("Set-Cookie")).isNull();
        mvc.perform(post(unsubscribe.replaceFirst("/unsubscribe/\\d+/", "/unsubscribe/" + (second + 1) + "/"))
                        .content("List-Unsubscribe=One-Click")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .andExpect(status().isNotFound());

        transaction.executeWithoutResult(tx -> desk().resume(started.mailshotId()));
        awaitFinished(key);
        assertThat(sent.status(started.mailshotId(), people.get(0).email())).isEqualTo("SUPPRESSED");
        assertThat(sent.status(started.mailshotId(), people.get(1).email())).isEqualTo("SUPPRESSED");
        assertThat(sent.status(started.mailshotId(), people.get(2).email())).isEqualTo("SENT");
        assertThat(sent.text(started.mailshotId(), people.get(2).email())).contains("/email/unsubscribe/");
    }

    @Test
    void essentialItemsGoToExactlyWhoTurnedTheSeriesOffAndBouncingAddressesStayOut() throws Exception {
        mailshots.declare(new Topic(SERIES, Topic.Kind.SERIES, "The test weekly", "Every week", 1));
        String key = key();
        List<Addressee> people = people("essential", 3);
        for (Addressee turnedOff : people.subList(0, 2)) {
            jdbc.sql("insert into mailing_opt_outs (email, topic) values (lower(:e), :t)")
                    .param("e", turnedOff.email())
                    .param("t", SERIES)
                    .update();
        }
        jdbc.sql("insert into mailing_bouncing_addresses (email, reason) values (lower(:e), 'Mailbox full')")
                .param("e", people.get(1).email())
                .update();
        MailshotStarted started = transaction.execute(tx -> {
            MailshotStarted s =
                    mailshots.start(request(key, null, Recipients.listed(people).whoTurnedOff(SERIES)));
            assertThat(optOutsFree())
                    .as("opt-outs cannot change while the deliveries are being written")
                    .isFalse();
            return s;
        });
        assertThat(optOutsFree()).as("free again once committed").isTrue();
        assertThat(started.queued()).isEqualTo(1);
        assertThat(started.suppressed()).isEqualTo(1);
        assertThat(deliveries(started.mailshotId()))
                .as("nobody who kept the series")
                .isEqualTo(2);
        awaitFinished(key);
        assertThat(sent.status(started.mailshotId(), people.get(0).email())).isEqualTo("SENT");
        assertThat(sent.text(started.mailshotId(), people.get(0).email())).doesNotContain("/email/unsubscribe/");
        assertThat(sent.reason(started.mailshotId(), people.get(1).email()))
                .isEqualTo("The address bounces: Mailbox full");
    }

    /** Whether another connection could change opt-outs now (it takes mailing's advisory lock on them). */
    private boolean optOutsFree() {
        try (java.sql.Connection other = dataSource.getConnection();
                var statement = other.createStatement();
                var rs = statement.executeQuery("select pg_try_advisory_lock(hashtext('mailing_opt_outs'))")) {
            rs.next();
            boolean free = rs.getBoolean(1);
            if (free) {
                statement.execute("select pg_advisory_unlock(hashtext('mailing_opt_outs'))");
            }
            return free;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void marketingNeverReachesWhoOptedOutOfIt() {
        mailshots.declare(new Topic(TestArticles.MARKETING, Topic.Kind.MARKETING, "Paid training", null, 1));
        String key = key();
        List<Addressee> people = people("marketing", 2);
        jdbc.sql("insert into mailing_opt_outs (email, topic) values (lower(:e), :t)")
                .param("e", people.get(0).email())
                .param("t", TestArticles.MARKETING)
                .update();
        MailshotStarted essential =
                transaction.execute(tx -> mailshots.start(request(key, null, Recipients.listed(people))));
        MailshotStarted promotion = transaction.execute(
                tx -> mailshots.start(request(key + "-promotion", TestArticles.MARKETING, Recipients.listed(people))));
        awaitFinished(key);
        awaitFinished(key + "-promotion");
        assertThat(TestArticles.titles(
                        sent.text(essential.mailshotId(), people.get(0).email())))
                .contains("Safeguarding alert")
                .doesNotContain("Book paid leadership training");
        assertThat(TestArticles.titles(
                        sent.text(essential.mailshotId(), people.get(1).email())))
                .contains("Book paid leadership training");
        assertThat(sent.status(promotion.mailshotId(), people.get(0).email())).isEqualTo("SUPPRESSED");
        assertThat(sent.status(promotion.mailshotId(), people.get(1).email())).isEqualTo("SENT");
    }

    @Test
    void trackedLinksCountTheClickAndGoOnlyWhereTheyWereSignedFor() throws Exception {
        String key = key();
        List<Addressee> people = people("clicks", 1);
        MailshotStarted started =
                transaction.execute(tx -> mailshots.start(request(key, null, Recipients.listed(people))));
        awaitFinished(key);
        String text = sent.text(started.mailshotId(), people.get(0).email());
        String link = firstLink(text, "/email/click/");
        assertThat(text).doesNotContain("/email/open/"); // the open pixel is off by default

        mvc.perform(get(URI.create(path(link))))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "https://headsup.example/articles/1"));
        mvc.perform(get(URI.create(path(link).replace("headsup.example", "evil.example"))))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Location"));
        mvc.perform(get(URI.create(path(link).replace("t=article%3A1", "t=article%3A2"))))
                .andExpect(status().isNotFound());

        assertThat(mailshots.progress(key).orElseThrow().clicked()).isEqualTo(1);
        assertThat(jdbc.sql("select tag || ' ' || clicks from mailing_clicks where message_id = :id")
                        .param("id", sent.id(started.mailshotId(), people.get(0).email()))
                        .query(String.class)
                        .list())
                .containsExactly("article:1 1");
    }

    @Test
    void thePreferenceCentreWorksWithoutSigningInAndRefusesATamperedLink() throws Exception {
        mailshots.declare(new Topic(SERIES, Topic.Kind.SERIES, "The test weekly", "Every week", 1));
        String key = key();
        List<Addressee> people = people("preferences", 1);
        String email = people.get(0).email();
        MailshotStarted started =
                transaction.execute(tx -> mailshots.start(request(key, SERIES, Recipients.listed(people))));
        awaitFinished(key);
        String link = path(firstLink(sent.text(started.mailshotId(), email), "/email/preferences/"));

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The test weekly")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));
        mvc.perform(post(link).param("wanted", "no-such-topic")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select topic from mailing_opt_outs where email = lower(:e)")
                        .param("e", email)
                        .query(String.class)
                        .list())
                .contains(SERIES);
        mvc.perform(post(link).param("wanted", SERIES)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from mailing_opt_outs where email = lower(:e) and topic = :t")
                        .param("e", email)
                        .param("t", SERIES)
                        .query(Integer.class)
                        .single())
                .isZero();

        String tampered = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
        mvc.perform(get(tampered))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("This link has expired or does not work")));
        mvc.perform(post("/email/preferences/new").param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Check your email")));
        assertThat(jdbc.sql("select count(*) from outbox_messages where recipient = :e and kind = 'preference-link'")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/email/preferences/new").param("email", "not an address"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Enter an email address in the correct format")));
    }

    @Test
    void authorityStaffFollowTheSendAndCanPauseResumeAndCancelIt() throws Exception {
        String key = key();
        MailshotStarted started = transaction.execute(tx -> {
            MailshotStarted s = mailshots.start(request(key, null, Recipients.listed(people("steer", 4))));
            desk().pause(s.mailshotId());
            return s;
        });
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        String page = "/mailing/" + started.mailshotId();
        mvc.perform(get(page).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Test bulletin " + key)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Resume sending")));
        mvc.perform(get(page + "/progress").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"queued\":4")));
        mvc.perform(post(page + "/resume").cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
        awaitFinished(key);
        assertThat(mailshots.progress(key).orElseThrow().sent()).isEqualTo(4);

        String other = key();
        MailshotStarted cancelled = transaction.execute(tx -> {
            MailshotStarted s = mailshots.start(request(other, null, Recipients.listed(people("cancel", 3))));
            desk().pause(s.mailshotId());
            return s;
        });
        mvc.perform(post("/mailing/" + cancelled.mailshotId() + "/cancel")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statuses(cancelled.mailshotId())).containsOnly("CANCELLED");
        assertThat(mailshots.progress(other).orElseThrow().state()).isEqualTo("CANCELLED");

        String list = mvc.perform(get("/mailing").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(row(list, "Test bulletin " + key)).contains(">Finished<");
        assertThat(row(list, "Test bulletin " + other)).contains(">Cancelled<");
    }

    /** The table row of the mailshots list that names this title. */
    private static String row(String page, String title) {
        int at = page.indexOf(">" + title + "<");
        assertThat(at).as("the list names " + title).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    @Test
    void theReachReportNamesTheSchoolsWhereNobodyOpenedAnArticleAndRemindsExactlyThem() throws Exception {
        String key = key();
        List<Addressee> people = people("reach", 3);
        MailshotStarted started =
                transaction.execute(tx -> mailshots.start(request(key, null, Recipients.listed(people))));
        awaitFinished(key);
        String link = firstLink(sent.text(started.mailshotId(), people.get(0).email()), "t=article%3A4");
        mvc.perform(get(URI.create(path(link)))).andExpect(status().isFound());

        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        String report = "/mailing/" + started.mailshotId() + "/reach";
        mvc.perform(get(report).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Key stage 2 assessment dates")));
        mvc.perform(get(report + "/article").param("tag", "article:4").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2</span> of <span>3</span>")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">School 1<"))));
        mvc.perform(get(report + "/article.csv").param("tag", "article:4").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1001,School 1,1,yes")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1002,School 2,1,no")));

        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) { // a second press of the button sends nothing more
            mvc.perform(post(report + "/remind")
                            .param("tag", "article:4")
                            .param("token", token)
                            .param("subject", "Reminder: Key stage 2 assessment dates")
                            .param("body", "Nobody at your school has opened it yet.")
                            .cookie(admin)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        String reminderKey = "reminder:" + started.mailshotId() + ":article:4:" + token;
        awaitFinished(reminderKey);
        assertThat(jdbc.sql("select recipient from outbox_messages m join mailshots s on s.id = m.mailshot_id"
                                + " where s.key = :k order by recipient")
                        .param("k", reminderKey)
                        .query(String.class)
                        .list())
                .containsExactly(people.get(1).email(), people.get(2).email());
        mvc.perform(post(report + "/remind")
                        .param("tag", "article:4")
                        .param("token", "t")
                        .param("subject", "")
                        .param("body", "x")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a subject")));
    }

    // --- helpers

    private MailshotDesk desk() {
        return desk;
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    private static MailshotRequest request(String key, String topic, Recipients recipients) {
        return new MailshotRequest(key, TestArticles.NAME, key, "Test bulletin " + key, topic, recipients, "a test");
    }

    private static List<Addressee> people(String prefix, int n) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new Addressee(
                        "Reader " + i,
                        prefix + "." + i + "." + run + "@school.example",
                        List.of(new MailshotRecipient.Post(
                                OrganisationRole.HEADTEACHER, 1000 + i, "School " + i, Phase.PRIMARY))))
                .toList();
    }

    private void awaitFinished(String key) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!mailshots.progress(key).orElseThrow().finished()) {
            assertThat(Instant.now()).as("mailshot " + key + " finishes").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private int deliveries(long mailshotId) {
        return jdbc.sql("select count(*) from outbox_messages where mailshot_id = :m")
                .param("m", mailshotId)
                .query(Integer.class)
                .single();
    }

    private List<String> statuses(long mailshotId) {
        return jdbc.sql("select distinct status from outbox_messages where mailshot_id = :m")
                .param("m", mailshotId)
                .query(String.class)
                .list();
    }

    private String unsubscribeLink(long messageId) {
        return path(links.unsubscribeLink(messageId));
    }

    private static String firstLink(String text, String fragment) {
        Matcher m = Pattern.compile("https?://\\S+").matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group().contains(fragment)) {
                return m.group();
            }
        }
        throw new AssertionError("No link with " + fragment + " in " + text);
    }

    private static String path(String url) {
        return url.substring(url.indexOf('/', url.indexOf("//") + 2));
    }
}
