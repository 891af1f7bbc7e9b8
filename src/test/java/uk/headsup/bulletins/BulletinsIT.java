package uk.headsup.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.EventCard;
import uk.headsup.events.EventCards;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * The editorial workflow through the web: a contributor writes and submits, an editor assembles an edition and
 * sends it for approval, a publisher approves it, and the archive, search, feed, "Preview as", "What needs your
 * attention" and the publication event all follow.
 */
@HeadsUpIntegrationTest
@RecordApplicationEvents
class BulletinsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Bulletins bulletins;

    @Autowired
    ApplicationEvents events;

    @Autowired
    uk.headsup.directory.Directory directory;

    @Autowired
    EventCards eventCards;

    @Autowired
    BulletinRecords records;

    RequestPostProcessor contributor = user("grace.okafor@elmshire.example").roles("AUTHORITY_STAFF", "EVENTS_OFFICER");
    RequestPostProcessor editor = user("tom.whitaker@elmshire.example").roles("AUTHORITY_STAFF", "EDITOR");
    RequestPostProcessor otherEditor = user("daniel.price@elmshire.example").roles("AUTHORITY_STAFF", "EDITOR");
    RequestPostProcessor publisher = user("priya.shah@elmshire.example").roles("AUTHORITY_STAFF", "PUBLISHER", "ADMIN");

    @Test
    void anArticleGoesFromDraftToTheArchiveAndEveryoneItIsForSeesIt() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String deadline = TODAY.plusDays(20).toString();
        long send = article(
                contributor,
                "Fair Access Protocol panel dates " + unique,
                "SENCO",
                "SECONDARY",
                "The panel meets on the first Tuesday of each month. [Read the dates](https://example.org/fap).",
                "Tell us who attends",
                "mailto:fap@elmshire.example",
                deadline,
                true);
        long everyone = article(
                contributor,
                "Book fair at Shire Hall " + unique,
                null,
                null,
                "Everyone is welcome at the book fair.",
                null,
                null,
                null,
                true);

        long edition = startEdition("heads-up");
        long send1 = sectionId(edition, "SEND and Inclusion");
        mvc.perform(post("/bulletins/editions/" + edition + "/articles")
                        .param("articleId", String.valueOf(send))
                        .param("sectionId", String.valueOf(send1))
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/bulletins/editions/" + edition + "/articles")
                        .param("articleId", String.valueOf(everyone))
                        .param("sectionId", String.valueOf(sectionId(edition, "Wellbeing")))
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        // Preview as a SENCo of a secondary school: both; as a primary headteacher: only the one for everyone.
        mvc.perform(get("/bulletins/editions/" + edition + "/preview")
                        .param("role", "SENCO")
                        .param("phase", "SECONDARY")
                        .with(editor))
                .andExpect(content().string(containsString("Fair Access Protocol panel dates " + unique)))
                .andExpect(content().string(containsString("Book fair at Shire Hall " + unique)));
        mvc.perform(get("/bulletins/editions/" + edition + "/preview")
                        .param("role", "HEADTEACHER")
                        .param("phase", "PRIMARY")
                        .with(editor))
                .andExpect(content().string(not(containsString("Fair Access Protocol panel dates " + unique))))
                .andExpect(content().string(containsString("Book fair at Shire Hall " + unique)));

        // Only publishers approve.
        mvc.perform(post("/bulletins/editions/" + edition + "/send")
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/bulletins/editions/" + edition + "/approve")
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bulletins/editions/" + edition + "/approve")
                        .param("when", "now")
                        .with(publisher)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(published(edition)).as("EditionPublished published once").isEqualTo(1);
        mvc.perform(post("/bulletins/editions/" + edition + "/approve")
                        .param("when", "now")
                        .with(publisher)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(published(edition))
                .as("approving again publishes nothing more")
                .isEqualTo(1);

        PublishedEdition published = bulletins.publishedEdition(edition).orElseThrow();
        assertThat(published.articles()).hasSize(2);
        Reader senco = Reader.as(OrganisationRole.SENCO, Phase.SECONDARY);
        assertThat(published
                        .forReader(Reader.as(OrganisationRole.HEADTEACHER, Phase.PRIMARY))
                        .articles())
                .extracting(PublishedEdition.Article::title)
                .containsExactly("Book fair at Shire Hall " + unique);
        assertThat(published.targetedAt(senco)).hasSize(1);

        // The archive: the edition and article at permanent addresses, open to anyone for a public series.
        mvc.perform(get(published.path()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fair Access Protocol panel dates " + unique)));
        String articlePath = published.articles().get(0).path();
        mvc.perform(get(articlePath))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tell us who attends")));
        mvc.perform(get("/bulletins/search").param("q", "panel " + unique))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(articlePath)))
                .andExpect(content().string(containsString("<mark>")));
        mvc.perform(get("/bulletins/heads-up/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(containsString(published.path())));

        // What needs the attention of a SENCo at a secondary school: the call to action; not of a headteacher.
        String sencoEmail = staff("SENCO", "SECONDARY");
        mvc.perform(get("/bulletins/attention").with(user(sencoEmail).roles("SCHOOL_STAFF", "SENCO")))
                .andExpect(content().string(containsString("Tell us who attends")));
        mvc.perform(get("/bulletins/attention.ics").with(user(sencoEmail).roles("SCHOOL_STAFF", "SENCO")))
                .andExpect(content().string(containsString("UID:bulletin-article-" + send + "-deadline@")))
                .andExpect(content().string(containsString("SUMMARY:Deadline: Tell us who attends")))
                .andExpect(content().string(containsString("DTSTART;VALUE=DATE:" + deadline.replace("-", ""))));
        // ... and on their home page, once signed in with the link from their email.
        jakarta.servlet.http.Cookie session = SignedIn.schoolStaff(mvc, jdbc, sencoEmail);
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(containsString("What needs your attention")))
                .andExpect(content().string(containsString("Tell us who attends")));
        String headEmail = staff("HEADTEACHER", "PRIMARY");
        mvc.perform(get("/bulletins/attention").with(user(headEmail).roles("SCHOOL_STAFF", "HEADTEACHER")))
                .andExpect(content().string(not(containsString("Tell us who attends"))));
        long articleId = published.articles().stream()
                .filter(a -> a.callToAction() != null)
                .findFirst()
                .orElseThrow()
                .articleId();
        mvc.perform(post("/bulletins/attention/" + articleId)
                        .param("state", "DONE")
                        .with(user(sencoEmail).roles("SCHOOL_STAFF", "SENCO"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Other tests' editions may ask the same reader for something similar: this article's entry is what goes.
        mvc.perform(get("/bulletins/attention.ics").with(user(sencoEmail).roles("SCHOOL_STAFF", "SENCO")))
                .andExpect(content().string(not(containsString("UID:bulletin-article-" + articleId + "-deadline@"))));

        // A correction is a dated notice on the edition; the page served from the cache shows it at once.
        mvc.perform(post("/bulletins/editions/" + edition + "/corrections")
                        .param("notice", "The panel meets on Wednesdays " + unique)
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(published.path()))
                .andExpect(content().string(containsString("The panel meets on Wednesdays " + unique)));
    }

    @Test
    void twoEditorsSavingTheSameArticleDoNotOverwriteEachOther() throws Exception {
        long id = article(
                contributor, "Wellbeing hub opens", null, null, "The hub opens on Monday.", null, null, null, false);
        int version = jdbc.sql("select version from bulletin_articles where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        mvc.perform(post("/bulletins/articles/" + id)
                        .params(form("Wellbeing hub opens", "Tom's text."))
                        .param("version", String.valueOf(version))
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/bulletins/articles/" + id)
                        .params(form("Wellbeing hub opens", "Daniel's text."))
                        .param("version", String.valueOf(version))
                        .with(otherEditor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("saved this article while you were editing it")))
                .andExpect(content().string(containsString("Daniel&#39;s text.")))
                // the form now carries the version saved in between, so saving again replaces it
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
        assertThat(jdbc.sql("select body from bulletin_articles where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Tom's text.");
        mvc.perform(get("/bulletins/articles/" + id + "/history").with(editor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<del class=\"hu-diff__removed\"><span class=\"govuk-visually-hidden\">"
                                + "Taken out: </span>The hub opens on Monday.</del>")))
                .andExpect(content()
                        .string(containsString("<ins class=\"hu-diff__added\"><span class=\"govuk-visually-hidden\">"
                                + "Put in: </span>Tom&#39;s text.</ins>")));
    }

    @Test
    void aDisguisedOrOversizedUploadIsRefusedWithAClearMessage() throws Exception {
        long id = article(contributor, "Attachments", null, null, "See the attached form.", null, null, null, false);
        byte[] program = ("MZ\u0090\u0000 not really a pdf").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/bulletins/articles/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "form.pdf", "application/pdf", program))
                        .with(contributor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "must be a PDF, Word, Excel or PowerPoint document: form.pdf is not one")));
        mvc.perform(multipart("/bulletins/articles/" + id + "/attachments")
                        .file(new MockMultipartFile(
                                "file",
                                "form.pdf",
                                "application/pdf",
                                "%PDF-1.7 a real one".getBytes(StandardCharsets.US_ASCII)))
                        .with(contributor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from bulletin_attachments where article_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void anImageWithoutAltTextStopsTheArticleGoingToTheEditors() throws Exception {
        long id = article(
                contributor,
                "Sports day",
                null,
                null,
                "![](/images/favicon.svg) Sports day was great: click [here](/bulletins).",
                null,
                null,
                null,
                false);
        mvc.perform(get("/bulletins/articles/" + id).with(contributor))
                .andExpect(content().string(containsString("has no alt text")))
                .andExpect(content().string(containsString("means nothing out of context")));
        submit(contributor, id);
        assertThat(jdbc.sql("select status from bulletin_articles where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
    }

    @Test
    void articlesFlaggedForTheDailyBriefingFillTheNextDailyBriefingDraft() throws Exception {
        String title =
                "Heating failure at Shire Hall " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/bulletins/articles/new")
                        .params(form(title, "Meetings move to Kingsford Library today."))
                        .param("forDailyBriefing", "true")
                        .param("action", "submit")
                        .with(contributor)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/bulletins/articles/*"));
        String series = jdbc.sql("""
                        select s.key || ' ' || e.status from bulletin_placements p
                          join bulletin_articles a on a.id = p.article_id
                          join bulletin_editions e on e.id = p.edition_id join bulletin_series s on s.id = e.series_id
                         where a.title = :title
                        """).param("title", title).query(String.class).single();
        assertThat(series).isEqualTo("daily-briefing DRAFT");
    }

    @Test
    void signedInOnlySeriesAreNotForVisitors() throws Exception {
        mvc.perform(get("/bulletins/daily-briefing")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/bulletins/daily-briefing").with(editor)).andExpect(status().isOk());
        mvc.perform(get("/bulletins/editions")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/bulletins"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/bulletins/daily-briefing\""))));
    }

    @Test
    void anArticleCanBeForTheSchoolsOfAClusterAndAnUnknownClusterIsRefused() throws Exception {
        long partnership = directory.clusters().entrySet().stream()
                .filter(c -> c.getValue().equals("Northbrook Schools Partnership"))
                .findFirst()
                .orElseThrow()
                .getKey();
        mvc.perform(get("/bulletins/articles/new").with(contributor))
                .andExpect(content().string(containsString("Northbrook Schools Partnership")));
        mvc.perform(post("/bulletins/articles/new")
                        .param("action", "save")
                        .params(form("Cluster moderation " + UUID.randomUUID(), "Moderation for the partnership."))
                        .param("clusters", "999999999")
                        .with(contributor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select clusters from the list")));
        String title = "Cluster moderation " + UUID.randomUUID();
        mvc.perform(post("/bulletins/articles/new")
                        .param("action", "save")
                        .params(form(title, "Moderation for the partnership."))
                        .param("clusters", String.valueOf(partnership))
                        .with(contributor)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/bulletins/articles/*"));
        assertThat(jdbc.sql("select audience_clusters[1] from bulletin_articles where title = :t")
                        .param("t", title)
                        .query(Long.class)
                        .single())
                .isEqualTo(partnership);
    }

    @Test
    void anArticleInvitingReadersToAnEventShowsItsCardWithPlacesLeftAndABookingButton() throws Exception {
        EventCard event = eventCards.bookableSoon().stream()
                .filter(c -> c.open() && !c.full())
                .findFirst()
                .orElseThrow();
        String title = "Come to " + UUID.randomUUID();
        mvc.perform(post("/bulletins/articles/new")
                        .param("action", "save")
                        .params(form(title, "A day for leaders."))
                        .param("eventId", "987654321")
                        .with(contributor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select an event from the list")));
        mvc.perform(post("/bulletins/articles/new")
                        .param("action", "save")
                        .params(form(title, "A day for leaders."))
                        .param("eventId", String.valueOf(event.eventId()))
                        .with(contributor)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/bulletins/articles/*"));
        var saved = jdbc.sql("select cta_text, cta_url, cta_deadline from bulletin_articles where title = :t")
                .param("t", title)
                .query()
                .singleRow();
        assertThat(saved.get("cta_text")).isEqualTo("Book a place");
        assertThat(saved.get("cta_url")).isEqualTo("/events/" + event.eventId() + "/book");
        assertThat(saved.get("cta_deadline").toString())
                .isEqualTo(event.bookingCloses().toLocalDate().toString());

        long edition = records.publish(
                new BulletinRecords.NewEdition(
                        "specials",
                        TODAY,
                        "",
                        null,
                        "tom.whitaker@elmshire.example",
                        "Tom Whitaker",
                        List.of(new BulletinRecords.NewSection(
                                "Events and training",
                                List.of(new BulletinRecords.NewArticle(
                                        title,
                                        "A day for leaders.",
                                        "Join us.",
                                        ArticleAudience.everyone(),
                                        false,
                                        null,
                                        "Book a place",
                                        "/events/" + event.eventId() + "/book",
                                        event.bookingCloses().toLocalDate()))))),
                java.time.Instant.now());
        String path = bulletins
                .publishedEdition(edition)
                .orElseThrow()
                .articles()
                .get(0)
                .path();
        for (int visit = 0; visit < 2; visit++) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("event-card-" + event.eventId())))
                    .andExpect(content().string(containsString(event.placesLeft() + " left")))
                    .andExpect(content().string(containsString(event.bookingClosesText())));
        }
    }

    @Test
    void editorsSetWhenASeriesComesOutAndPublishersAreOfferedThatTime() throws Exception {
        java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> series =
                () -> post("/bulletins/series/heads-up")
                        .param("name", "Heads Up")
                        .param("description", "The weekly bulletin.")
                        .param(
                                "sections",
                                "SEND and Inclusion\nSafeguarding\nEvents and training\nWellbeing\nKey dates")
                        .param("visibility", "public")
                        .with(editor)
                        .with(csrf());
        mvc.perform(series.get().param("publishTime", "8 o'clock"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the day it comes out")))
                .andExpect(content().string(containsString("Enter the time it comes out as hours and minutes")));
        assertThat(jdbc.sql("select publish_day || ' ' || publish_time from bulletin_series where key = 'heads-up'")
                        .query(String.class)
                        .single())
                .as("nothing is saved from a refused form")
                .isEqualTo("MONDAY 08:00:00");
        try {
            mvc.perform(series.get().param("publishDay", "FRIDAY").param("publishTime", "7:45"))
                    .andExpect(redirectedUrlPattern("/bulletins/series*"));
            mvc.perform(get("/bulletins/series").with(editor))
                    .andExpect(content().string(containsString("Every Friday at 07:45")));
        } finally {
            jdbc.sql("update bulletin_series set publish_day = 'MONDAY', publish_time = '08:00' where key = 'heads-up'")
                    .update();
        }
    }

    private org.springframework.util.MultiValueMap<String, String> form(String title, String body) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("title", title);
        form.add("summary", "A one-sentence summary.");
        form.add("body", body);
        return form;
    }

    private long article(
            RequestPostProcessor who,
            String title,
            String role,
            String phase,
            String body,
            String ctaText,
            String ctaUrl,
            String deadline,
            boolean submit)
            throws Exception {
        var request = post("/bulletins/articles/new")
                .param("action", submit ? "submit" : "save")
                .params(form(title, body))
                .with(who)
                .with(csrf());
        if (role != null) {
            request.param("roles", role);
        }
        if (phase != null) {
            request.param("phases", phase);
        }
        if (ctaText != null) {
            LocalDate d = LocalDate.parse(deadline);
            request.param("ctaText", ctaText)
                    .param("ctaUrl", ctaUrl)
                    .param("ctaDeadline.day", String.valueOf(d.getDayOfMonth()))
                    .param("ctaDeadline.month", String.valueOf(d.getMonthValue()))
                    .param("ctaDeadline.year", String.valueOf(d.getYear()));
        }
        MvcResult result = mvc.perform(request)
                .andExpect(redirectedUrlPattern("/bulletins/articles/*"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void submit(RequestPostProcessor who, long id) throws Exception {
        var a = jdbc.sql("select title, summary, body, version from bulletin_articles where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        mvc.perform(post("/bulletins/articles/" + id)
                        .params(form((String) a.get("title"), (String) a.get("body")))
                        .param("version", String.valueOf(a.get("version")))
                        .param("action", "submit")
                        .with(who)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anEditionsDateAndForewordAreCheckedAndAStaleSaveIsRefused() throws Exception {
        long edition = startEdition("heads-up");
        int version = jdbc.sql("select version from bulletin_editions where id = :e")
                .param("e", edition)
                .query(Integer.class)
                .single();
        mvc.perform(post("/bulletins/editions/" + edition + "/details")
                        .param("foreword", "Welcome back")
                        .param("version", String.valueOf(version))
                        .with(editor)
                        .with(csrf()))
                .andExpect(content().string(containsString("Enter the edition’s date")))
                .andExpect(content().string(containsString("Select the officer who signs the foreword")))
                .andExpect(content().string(containsString("Welcome back")));
        String day = TODAY.plusDays(40).toString();
        mvc.perform(post("/bulletins/editions/" + edition + "/details")
                        .param("date.day", day.substring(8))
                        .param("date.month", day.substring(5, 7))
                        .param("date.year", day.substring(0, 4))
                        .param("version", String.valueOf(version))
                        .with(editor)
                        .with(csrf()))
                .andExpect(redirectedUrl("/bulletins/editions/" + edition));
        mvc.perform(post("/bulletins/editions/" + edition + "/details")
                        .param("date.day", day.substring(8))
                        .param("date.month", day.substring(5, 7))
                        .param("date.year", day.substring(0, 4))
                        .param("version", String.valueOf(version))
                        .with(editor)
                        .with(csrf()))
                .andExpect(content().string(containsString("Someone changed this edition while you were editing it")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
    }

    private long startEdition(String series) throws Exception {
        MvcResult result = mvc.perform(post("/bulletins/editions/new")
                        .param("series", series)
                        .with(editor)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/bulletins/editions/*"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long sectionId(long edition, String title) {
        return jdbc.sql("select id from bulletin_sections where edition_id = :e and title = :t")
                .param("e", edition)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private long published(long edition) {
        return events.stream(EditionPublished.class)
                .filter(e -> e.editionId() == edition)
                .count();
    }

    /** The last such person in the directory: other tests sign in as the first ones, and links are rate-limited. */
    private String staff(String role, String phase) {
        return jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                          join organisations o on o.id = a.organisation_id
                         where a.role = :role and o.phase = :phase and o.kind = 'SCHOOL' and o.status <> 'CLOSED'
                         order by p.id desc limit 1
                        """)
                .param("role", role)
                .param("phase", phase)
                .query(String.class)
                .single();
    }
}
