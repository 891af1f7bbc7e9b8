package uk.headsup.bulletins.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.bulletins.internal.series.SeriesDetails;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SecurityChains;

/**
 * Issue 20, item 9: the archive's kept pages go through the same filters as every page (one Content-Security-Policy,
 * the same security headers, from one place), stay fast to revalidate, and a series made signed-in-only loses its
 * kept pages before the change commits.
 */
@HeadsUpIntegrationTest
class ArchiveCacheSecurityIT {

    private static final List<String> SAME_AS_EVERY_PAGE = List.of(
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
            "Permissions-Policy");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArchivePageCache cache;

    @Autowired
    SeriesCatalogue catalogue;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BulletinRecords records;

    /** Spring Security's chains in their order: the first that matches a request handles it. */
    @Autowired
    List<SecurityFilterChain> chains;

    @Test
    void aKeptPageHasTheHeadersOfEveryPageAndGoesBeforeItsSeriesStopsBeingPublic() throws Exception {
        // A public series of its own, with a published edition, so that no other test's pages are touched.
        String key = "cache-" + Long.toHexString(System.nanoTime());
        long seriesId = jdbc.sql("""
                        insert into bulletin_series (key, name, kind, description, default_sections, public_archive)
                        select :key, 'Cache check ' || :key, kind, description, default_sections, true
                          from bulletin_series where public_archive order by id limit 1
                        returning id
                        """).param("key", key).query(Long.class).single();
        int number = jdbc.sql("select next_number from bulletin_series where id = :id")
                .param("id", seriesId)
                .query(Integer.class)
                .single();
        records.publish(
                new BulletinRecords.NewEdition(
                        key,
                        LocalDate.now(),
                        "",
                        null,
                        "tom.whitaker@elmshire.example",
                        "Tom Whitaker",
                        List.of(new BulletinRecords.NewSection(
                                "News",
                                List.of(new BulletinRecords.NewArticle(
                                        "A page to keep",
                                        "Kept in memory.",
                                        "Kept until its series is no longer public.",
                                        ArticleAudience.everyone(),
                                        false,
                                        null,
                                        null,
                                        null,
                                        null))))),
                Instant.now());
        String path = "/bulletins/" + key + "/" + number;

        MockHttpServletResponse rendered = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(rendered.getStatus()).isEqualTo(200);
        assertThat(cache.contains(path)).as("kept").isTrue();
        MockHttpServletResponse kept = mvc.perform(get(path)).andReturn().getResponse();
        MockHttpServletResponse ordinary =
                mvc.perform(get("/accessibility")).andReturn().getResponse();
        for (String header : SAME_AS_EVERY_PAGE) {
            assertThat(kept.getHeaders(header)).as(header).hasSize(1).isEqualTo(ordinary.getHeaders(header));
            assertThat(rendered.getHeaders(header)).as(header).isEqualTo(ordinary.getHeaders(header));
        }
        assertThat(kept.getContentAsString()).isEqualTo(rendered.getContentAsString());
        assertThat(kept.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        String etag = kept.getHeader("ETag");
        assertThat(mvc.perform(get(path).header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);

        // Made signed-in-only: by the time the change commits, the kept page is gone.
        Series series = catalogue.byId(seriesId).orElseThrow();
        AtomicBoolean keptAtCommit = new AtomicBoolean(true);
        transactions.executeWithoutResult(status -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keptAtCommit.set(cache.contains(path));
                }
            });
            catalogue.update(
                    seriesId,
                    new SeriesDetails(
                            series.name(), series.description(), series.defaultSections(), false, null, null));
        });
        assertThat(keptAtCommit)
                .as("the page still kept when the change committed")
                .isFalse();
        MockHttpServletResponse now = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(now.getStatus()).as("a visitor asking for the page now").isEqualTo(302);
        assertThat(now.getRedirectedUrl()).as("sent to sign in and back").endsWith("/sign-in");
        assertThat(now.getCookie("REDIRECT_URI")).as("the return address").isNotNull();
    }

    /**
     * Published editions and articles asked for by a visitor without a session take the light chain for visitors'
     * pages (no session, no CSRF token); the editors' pages under the same prefix, anyone with a session cookie, and
     * anything but GET or HEAD take the application's chain.
     */
    @Test
    void onlyAVisitorsGetOfAPublishedPageTakesTheLightChain() {
        assertThat(light(SecurityChains.request("GET", "/bulletins/weekly/12", false)))
                .isTrue();
        assertThat(light(SecurityChains.request("HEAD", "/bulletins/weekly/12", false)))
                .isTrue();
        assertThat(light(SecurityChains.request("GET", "/bulletins/weekly/12/an-article", false)))
                .isTrue();
        assertThat(light(SecurityChains.request("GET", "/bulletins/weekly/12", true)))
                .as("perhaps signed in")
                .isFalse();
        assertThat(light(SecurityChains.request("POST", "/bulletins/weekly/12", false)))
                .isFalse();
        for (String editors : List.of(
                "/bulletins/editions/12",
                "/bulletins/editions/12/preview",
                "/bulletins/articles/12",
                "/bulletins/articles/12/preview",
                "/bulletins/series/12",
                "/bulletins/attachments/12/file-pdf",
                "/bulletins/weekly",
                "/bulletins/weekly/feed.atom",
                "/bulletins/search",
                "/bulletins")) {
            assertThat(light(SecurityChains.request("GET", editors, false)))
                    .as(editors)
                    .isFalse();
        }
    }

    private boolean light(MockHttpServletRequest request) {
        return !SecurityChains.checksCsrf(chains, request);
    }
}
