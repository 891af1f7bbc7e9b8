package uk.headsup.recognition.internal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import uk.headsup.assessment.Actor;
import uk.headsup.recognition.EarlierAwards;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * An award's life after the panel: a downgrade on re-import of the early years register flags it under review and
 * tells the schemes officer; reminders go once; the ceremony invites every awarded organisation and drafts the
 * article; the register's feed is well-formed Atom that agrees with the page.
 */
@HeadsUpIntegrationTest
class AwardsIT {

    private static final AtomicInteger URNS = new AtomicInteger((int) (System.nanoTime() % 100000));
    private static final String HEADER =
            "Ofsted URN,Name,Provider type,Address,Town,Postcode,District,Ofsted grade,Inspection date\r\n";
    private static final Actor OFFICER = new Actor("amira.haddad@elmshire.example", "Amira Haddad");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EarlierAwards earlier;

    @Autowired
    Awards awards;

    @Autowired
    AwardReminders reminders;

    @Autowired
    Ceremonies ceremonies;

    @Test
    void aDowngradeOnReimportFlagsTheAwardUnderReviewAndTellsTheSchemesOfficer() throws Exception {
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        String urn = "EY7" + String.format("%05d", URNS.incrementAndGet() % 100000);
        String name = "Downgrade Nursery " + urn;
        String row = urn + "," + name + ",Childcare on non-domestic premises,1 Hall Lane,Elsey,EL6 1AB,Ashby Vale,";
        upload(admin, HEADER + row + "Good,01/03/2024\r\n");
        long setting = jdbc.sql("select id from organisations where urn = :urn")
                .param("urn", urn)
                .query(Long.class)
                .single();
        long application =
                earlier.record("kitemark", List.of(setting), LocalDate.now().minusMonths(6), true, "Panel");
        long award = jdbc.sql("select id from recognition_awards where application_id = :id")
                .param("id", application)
                .query(Long.class)
                .single();

        // A bad grade rejects its line, naming the value; the grade held stays as it was.
        long bad = upload(admin, HEADER + row + "Satisfactory,01/09/2026\r\n");
        assertThat(jdbc.sql("select line || ' ' || detail from directory_import_rows where import_id = :id")
                        .param("id", bad)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("2 ")
                .contains("Ofsted grade ‘Satisfactory’ is not one of");
        assertThat(grade(setting)).isEqualTo("GOOD");
        assertThat(awards.find(award).orElseThrow().underReviewSince()).isNull();

        upload(admin, HEADER + row + "Requires improvement,01/11/2026\r\n");
        assertThat(grade(setting)).isEqualTo("REQUIRES_IMPROVEMENT");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (awards.find(award).orElseThrow().underReviewSince() == null
                && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        Award flagged = awards.find(award).orElseThrow();
        assertThat(flagged.status(LocalDate.now())).isEqualTo(Award.Status.UNDER_REVIEW);
        assertThat(flagged.reviewReason()).contains("from Good to Requires improvement");
        assertThat(awards.history(award)).extracting(Awards.Change::change).contains("Under review");
        assertThat(jdbc.sql("""
                        select lower(o.recipient) from outbox_messages o join mailshots m on m.id = o.mailshot_id
                         where m.key = :key
                        """)
                        .param("key", "recognition-review:" + award)
                        .query(String.class)
                        .list())
                .contains("amira.haddad@elmshire.example");

        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER.email());
        String home = mvc.perform(get("/").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("under review");

        // The award stays in force (and on the register) until the officer decides.
        awards.withdraw(award, LocalDate.now(), "The setting asked us to", OFFICER);
        Award withdrawn = awards.find(award).orElseThrow();
        assertThat(withdrawn.status(LocalDate.now())).isEqualTo(Award.Status.WITHDRAWN);
        assertThat(withdrawn.withdrawnBy()).isEqualTo("Amira Haddad");
        assertThat(awards.register(LocalDate.now(), Awards.Filter.any()))
                .extracting(Award::id)
                .doesNotContain(award);
    }

    @Test
    void eachReminderGoesOnceToWhoeverLeadsTheSettingThatDay() {
        long setting = jdbc.sql("""
                        select o.id from organisations o join appointments a on a.organisation_id = o.id
                         where o.kind = 'EARLY_YEARS_SETTING' and o.status <> 'CLOSED' and a.ends_on is null
                           and a.role = 'SETTING_MANAGER'
                           and not exists (select 1 from recognition_awards w where w.organisation_id = o.id)
                         order by o.id limit 1
                        """).query(Long.class).single();
        LocalDate today = LocalDate.now();
        long application =
                earlier.record("kitemark", List.of(setting), today.minusYears(3).plusDays(20), true, "P");
        long award = jdbc.sql("select id from recognition_awards where application_id = :id")
                .param("id", application)
                .query(Long.class)
                .single();

        reminders.remind(today);
        reminders.remind(today);

        List<String> sent = jdbc.sql("select key from mailshots where key like :key")
                .param("key", "recognition-reminder:" + award + ":%")
                .query(String.class)
                .list();
        assertThat(sent).singleElement().asString().contains(":RENEWAL:").endsWith(":1");
        assertThat(jdbc.sql("""
                        select count(*) from outbox_messages o join mailshots m on m.id = o.mailshot_id
                         where m.key = :key
                        """).param("key", sent.get(0)).query(Integer.class).single())
                .isPositive();
    }

    @Test
    void theCeremonyInvitesEveryAwardedOrganisationAndDraftsTheArticleWithTheLiveCount() throws Exception {
        LocalDate from = LocalDate.now().minusYears(4);
        long ceremony = ceremonies.create(
                new Ceremonies.Plan(
                        from,
                        LocalDate.now(),
                        "Inclusion awards evening",
                        LocalDateTime.now().plusWeeks(4).withHour(18).withMinute(0),
                        LocalDateTime.now().plusWeeks(4).withHour(20).withMinute(0),
                        "Elmbridge Guildhall",
                        "",
                        ""),
                LocalDate.now(),
                OFFICER);
        Ceremonies.Ceremony made = ceremonies.find(ceremony).orElseThrow();
        List<Award> invited = ceremonies.invited(ceremony);
        assertThat(invited).hasSize(awards.madeBetween(from, LocalDate.now()).size());
        assertThat(jdbc.sql("select type from events where id = :id")
                        .param("id", made.eventId())
                        .query(String.class)
                        .single())
                .isEqualTo("AWARD_CEREMONY");
        String body = jdbc.sql("select body from bulletin_articles where id = :id")
                .param("id", made.articleId())
                .query(String.class)
                .single();
        int settings = awards.holders("kitemark", LocalDate.now());
        assertThat(body).contains("We now have " + settings + " settings recognised with the Early Years Inclusion");
        invited.stream().filter(Award::listed).forEach(a -> assertThat(body).contains(a.name()));
        assertThat(jdbc.sql("select count(*) from mailshots where key = :key")
                        .param("key", "recognition-ceremony:" + ceremony)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theAtomFeedIsWellFormedAndTheRegistersCountMatchesTheAwards() throws Exception {
        byte[] atom = mvc.perform(get("/recognition/register.atom"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isPositive();

        int listed = jdbc.sql("""
                        select count(*) from recognition_awards
                         where listed and withdrawn_on is null and starts_on <= current_date
                           and expires_on > current_date
                        """).query(Integer.class).single();
        String page = mvc.perform(get("/recognition/register"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(listed + " recognised schools and settings");
        String csv = mvc.perform(get("/recognition/register.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(listed + 1L);
    }

    @Test
    void visitorsGetTheKeptRegisterRevalidatedByItsEtagAndANewAwardAtOnce() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/recognition/register").param("type", "EARLY_YEARS_SETTING"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control"))
                .as("any cache may keep it but must ask again each time")
                .isEqualTo("public, no-cache");
        assertThat(first.getHeader("X-Frame-Options"))
                .as("the security headers every page gets")
                .isEqualTo("DENY");
        assertThat(first.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        String page = first.getContentAsString(StandardCharsets.UTF_8);

        MockHttpServletResponse kept = mvc.perform(get("/recognition/register")
                        .param("type", "EARLY_YEARS_SETTING")
                        .header("Accept-Encoding", "gzip, deflate"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andReturn()
                .getResponse();
        assertThat(new String(
                        new GZIPInputStream(new ByteArrayInputStream(kept.getContentAsByteArray())).readAllBytes(),
                        StandardCharsets.UTF_8))
                .isEqualTo(page);
        mvc.perform(get("/recognition/register")
                        .param("type", "EARLY_YEARS_SETTING")
                        .header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().bytes(new byte[0]));

        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        String urn = "EY7" + String.format("%05d", URNS.incrementAndGet() % 100000);
        String name = "Kept Register Nursery " + urn;
        upload(
                admin,
                HEADER + urn + "," + name
                        + ",Childcare on non-domestic premises,2 Hall Lane,Elsey,EL6 1AB,Ashby Vale,Good,01/03/2024\r\n");
        long setting = jdbc.sql("select id from organisations where urn = :urn")
                .param("urn", urn)
                .query(Long.class)
                .single();
        earlier.record("kitemark", List.of(setting), LocalDate.now().minusMonths(1), true, "Panel");
        MockHttpServletResponse after = mvc.perform(get("/recognition/register")
                        .param("type", "EARLY_YEARS_SETTING")
                        .header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(after.getContentAsString(StandardCharsets.UTF_8))
                .as("a new award on this node shows at once, even to a reader holding the old page")
                .contains(name);
        assertThat(after.getHeader("ETag")).isNotEqualTo(etag);

        assertThat(mvc.perform(get("/recognition/register")
                                .param("type", "EARLY_YEARS_SETTING")
                                .cookie(admin))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getHeader("ETag"))
                .as("a signed-in reader's page is rendered for them, never kept")
                .isNull();
    }

    private long upload(Cookie admin, String csv) throws Exception {
        String location = mvc.perform(multipart("/directory/early-years/import")
                        .file(new MockMultipartFile(
                                "file", "register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/directory/early-years/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String grade(long organisation) {
        return jdbc.sql("select ofsted_grade from organisations where id = :id")
                .param("id", organisation)
                .query(String.class)
                .single();
    }
}
