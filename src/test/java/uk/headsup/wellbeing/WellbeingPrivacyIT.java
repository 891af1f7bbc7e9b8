package uk.headsup.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.MailshotContent;
import uk.headsup.mailing.MailshotLinks;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.MailshotRequest;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;
import uk.headsup.wellbeing.WellbeingFixtures.AnOffer;
import uk.headsup.wellbeing.WellbeingFixtures.School;
import uk.headsup.wellbeing.WellbeingFixtures.Staff;
import uk.headsup.wellbeing.internal.requests.Retention;

/**
 * What wellbeing keeps and what it lets anyone see: closed requests deleted after the retention period, links to
 * the support page never tracked per person (with click tracking on, as it is by default), and new heads welcomed.
 */
@HeadsUpIntegrationTest
class WellbeingPrivacyIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords records;

    @Autowired
    OfferCatalogue offers;

    @Autowired
    Retention retention;

    @Autowired
    BulletinRecords bulletins;

    @Autowired
    Mailshots mailshots;

    @Autowired
    Site site;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    List<MailshotContent> contents;

    @Test
    void aClosedRequestPastRetentionIsGoneAndTheAnonymousCountRemains() {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        AnOffer offer = fixtures.aSupervisionOfferForHeads(WellbeingFixtures.TODAY.plusMonths(1));
        long old = closedRequest(
                offer, "old.head@retention.sch.example", Instant.now().minus(400, ChronoUnit.DAYS));
        long recent = closedRequest(
                offer, "recent.head@retention.sch.example", Instant.now().minus(30, ChronoUnit.DAYS));
        long open = closedRequest(offer, "open.head@retention.sch.example", null);
        jdbc.sql(
                        "insert into wellbeing_uptake (offer_id, kind, phase, term) values (:o, 'SUPERVISION', 'PRIMARY', '2025-1')")
                .param("o", offer.id())
                .update();

        assertThat(retention.run()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old))
                .as("closed 400 days ago: deleted, content and identity")
                .isFalse();
        assertThat(jdbc.sql("select count(*) from wellbeing_requests where requester_email like 'old.head@%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(exists(recent)).as("closed 30 days ago: kept").isTrue();
        assertThat(exists(open)).as("open: kept").isTrue();
        assertThat(jdbc.sql("select count(*) from wellbeing_uptake where offer_id = :o")
                        .param("o", offer.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theWellbeingLinksInABulletinEmailAndANoticeAreNotTrackingRedirects() {
        String run = Long.toString(System.nanoTime());
        String article = "Leadership support " + run;
        long edition = bulletins.publish(
                new BulletinRecords.NewEdition(
                        "heads-up",
                        WellbeingFixtures.TODAY,
                        "Foreword",
                        null,
                        SignedIn.EDITOR,
                        "Tom Whitaker",
                        List.of(new BulletinRecords.NewSection(
                                "Wellbeing",
                                List.of(new BulletinRecords.NewArticle(
                                        article,
                                        "Support for heads, in confidence.",
                                        "Read about the support.",
                                        ArticleAudience.everyone(),
                                        false,
                                        null,
                                        "See the support for your wellbeing",
                                        site.link("/wellbeing"),
                                        WellbeingFixtures.TODAY.plusDays(10)))))),
                Instant.now());
        String reader = "reader" + run + "@tracking.sch.example";
        String key = "wellbeing-it:" + edition;
        transaction.executeWithoutResult(tx -> mailshots.start(new MailshotRequest(
                key,
                "bulletins.edition",
                Long.toString(edition),
                "Test edition " + run,
                null,
                Recipients.listed(List.of(new Addressee(
                        "A Reader",
                        reader,
                        List.of(new MailshotRecipient.Post(
                                OrganisationRole.HEADTEACHER, 1, "A school", Phase.PRIMARY))))),
                "test")));
        String text = awaitSent(reader);

        List<String> links = links(text);
        assertThat(links)
                .as("the article's own link is tracked (click tracking is on)")
                .anyMatch(l -> l.contains("/email/click/"));
        assertThat(links)
                .as("the footer's link and the article's call to action go straight to the page")
                .filteredOn(l -> l.equals(site.link("/wellbeing")))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(links)
                .as("no tracked link leads to the wellbeing pages")
                .noneMatch(l -> l.contains("/email/click/")
                        && URLDecoder.decode(l, StandardCharsets.UTF_8).contains("/wellbeing"));
        assertThat(jdbc.sql("""
                                select coalesce(string_agg(t.url, ' '), '') from mailshot_tags t
                                  join mailshots s on s.id = t.mailshot_id where s.key = :key
                                """).param("key", key).query(String.class).single())
                .as("what reach reports count carries no wellbeing link")
                .doesNotContain("/wellbeing");

        String noticeReader = "notice" + run + "@tracking.sch.example";
        transaction.executeWithoutResult(tx -> mailshots.startNotice(
                "wellbeing-notice:" + run,
                "Wellbeing notice " + run,
                new Notice(
                        "Support for your wellbeing",
                        "Support is there for you.",
                        "See the support",
                        site.link("/wellbeing"),
                        "wellbeing"),
                null,
                Recipients.listed(List.of(Addressee.of("A Head", noticeReader))),
                "test"));
        assertThat(links(awaitSent(noticeReader)))
                .contains(site.link("/wellbeing"))
                .noneMatch(l -> l.contains("/email/click/") || l.contains("/email/open/"));
    }

    @Test
    void aNoticeAboutWellbeingCarriesNoOpenPixelEvenWhenOpensAreTracked() {
        String run = Long.toString(System.nanoTime());
        MailshotContent notices = contents.stream()
                .filter(c -> c.name().equals("mailing.notice"))
                .findFirst()
                .orElseThrow();
        String wellbeing = "wellbeing-pixel:" + run;
        String other = "other-pixel:" + run;
        transaction.executeWithoutResult(tx -> {
            mailshots.startNotice(
                    wellbeing,
                    "Wellbeing " + run,
                    new Notice("Support for you", "Support is there.", "See the support", site.link("/wellbeing"), "w"),
                    null,
                    Recipients.listed(List.of(Addressee.of("A Head", "pixel" + run + "@tracking.sch.example"))),
                    "test");
            mailshots.startNotice(
                    other,
                    "Events " + run,
                    new Notice("Training", "Book now.", "See the events", site.link("/events"), "e"),
                    null,
                    Recipients.listed(List.of(Addressee.of("A Head", "pixel2" + run + "@tracking.sch.example"))),
                    "test");
        });
        MailshotRecipient head = new MailshotRecipient("A Head", "head@tracking.sch.example", List.of(), Set.of());
        // Links as mailing makes them with open tracking switched on (it is off in this application's settings).
        MailshotLinks tracking = new MailshotLinks() {
            @Override
            public String track(String url, String tag) {
                return url;
            }

            @Override
            public String track(String url, String tag, String label) {
                return url;
            }

            @Override
            public String preferences() {
                return site.link("/email/preferences/token");
            }

            @Override
            public Optional<String> unsubscribe() {
                return Optional.empty();
            }

            @Override
            public Optional<String> openPixel() {
                return Optional.of(site.link("/email/open/1/signature.gif"));
            }
        };
        assertThat(notices.render(other, head, tracking).html())
                .as("any other notice carries the pixel when opens are tracked")
                .contains("<img width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;\" src=\""
                        + site.link("/email/open/1/signature.gif") + "\">");
        assertThat(notices.render(wellbeing, head, tracking).html())
                .as("a notice about wellbeing never does")
                .doesNotContain("/email/open/");
    }

    @Test
    void someoneNewToHeadshipIsWelcomedOnceWithTheOffersForNewHeads() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        School school = fixtures.aSchool();
        School second = fixtures.aSchool();
        Staff deputy = fixtures.aMemberOfStaff(school, OrganisationRole.DEPUTY_HEADTEACHER);
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);

        appointHead(admin, deputy, school);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> welcomes = welcomes(deputy.email());
        while (welcomes.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            welcomes = welcomes(deputy.email());
        }
        assertThat(welcomes).hasSize(1);
        String welcome = welcomes.get(0);
        assertThat(welcome)
                .contains("Dear " + deputy.name())
                .contains("Coaching in your first years of headship")
                .doesNotContain("Primary heads' peer support group")
                .contains(site.link("/wellbeing"));
        assertThat(links(welcome)).noneMatch(l -> l.contains("/email/click/") || l.contains("/email/open/"));

        // A second headship is not new to headship: no second welcome, however long we wait for the event.
        appointHead(admin, deputy, second);
        awaitEventsHandled();
        assertThat(welcomes(deputy.email())).hasSize(1);
    }

    @Test
    void aHeadOfManyYearsFirstRecordedNowIsNotWelcomed() throws Exception {
        WellbeingFixtures fixtures = new WellbeingFixtures(records, offers);
        School school = fixtures.aSchool();
        Staff head = fixtures.aMemberOfStaff(school, OrganisationRole.DEPUTY_HEADTEACHER);
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);

        appointHead(admin, head, school, WellbeingFixtures.TODAY.minusYears(3));
        awaitEventsHandled();
        assertThat(welcomes(head.email()))
                .as("a headship of three years is not new")
                .isEmpty();
    }

    private void appointHead(Cookie admin, Staff person, School school) throws Exception {
        appointHead(admin, person, school, WellbeingFixtures.TODAY);
    }

    private void appointHead(Cookie admin, Staff person, School school, LocalDate from) throws Exception {
        mvc.perform(post("/directory/people/" + person.id() + "/roles/new")
                        .cookie(admin)
                        .with(csrf())
                        .param("organisationQuery", school.name())
                        .param("organisationId", Long.toString(school.id()))
                        .param("role", "HEADTEACHER")
                        .param("startsOn.day", Integer.toString(from.getDayOfMonth()))
                        .param("startsOn.month", Integer.toString(from.getMonthValue()))
                        .param("startsOn.year", Integer.toString(from.getYear())))
                .andExpect(redirectedUrl("/directory/people/" + person.id()));
    }

    /** Until the event publication registry has no incomplete publication of a new head. */
    private void awaitEventsHandled() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            long pending = jdbc.sql("""
                            select count(*) from event_publication
                             where completion_date is null and event_type like '%HeadteacherAppointed'
                            """).query(Long.class).single();
            if (pending == 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("HeadteacherAppointed events still pending");
    }

    private List<String> welcomes(String email) {
        return jdbc.sql(
                        "select text_body from outbox_messages where kind = 'wellbeing-welcome' and lower(recipient) = lower(:e)")
                .param("e", email)
                .query(String.class)
                .list();
    }

    private String awaitSent(String recipient) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> text =
                    jdbc.sql("""
                            select text_body from outbox_messages
                             where lower(recipient) = lower(:r) and status = 'SENT' and text_body is not null
                            """).param("r", recipient).query(String.class).optional();
            if (text.isPresent()) {
                return text.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("Nothing sent to " + recipient);
    }

    private static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(m.group());
        }
        return links;
    }

    private long closedRequest(AnOffer offer, String email, Instant endedAt) {
        return jdbc.sql("""
                        insert into wellbeing_requests (offer_id, requester_email, requester_name, organisation_name,
                            note, contact_by, status, ended_at)
                        values (:o, :e, 'A Head', 'A School', 'Private note', 'EMAIL', :s, :ended)
                        returning id
                        """)
                .param("o", offer.id())
                .param("e", email)
                .param("s", endedAt == null ? "MATCHED" : "CLOSED")
                .param("ended", endedAt == null ? null : Timestamp.from(endedAt))
                .query(Long.class)
                .single();
    }

    private boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from wellbeing_requests where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
