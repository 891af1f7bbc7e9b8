package uk.headsup.bulletins.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.bulletins.BulletinRecords.NewArticle;
import uk.headsup.bulletins.BulletinRecords.NewEdition;
import uk.headsup.bulletins.BulletinRecords.NewSection;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.platform.Caches;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * Searching the archive: English stems, phrases and exclusions, filters, what visitors may see, pages of results,
 * and the rule for searches with many matches (only the newest are ranked, and their number is estimated). Each
 * test searches for a made-up word of its own, so the demo's bulletins and other tests' do not get in the way.
 */
@HeadsUpIntegrationTest
class ArchiveSearchIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    BulletinRecords records;

    @Autowired
    ArchiveSearch search;

    @Autowired
    SeriesCatalogue series;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    Caches caches;

    @Autowired
    MeterRegistry meters;

    @Test
    void theSectionsForTheFilterAreReadOnceAMinuteNotOnEveryPage() {
        ArchiveSearch fresh = new ArchiveSearch(jdbc, transactions, caches, 5);
        String first = "Section " + madeUpWord();
        String later = "Section " + madeUpWord();
        publish("heads-up", TODAY.minusDays(2), first, List.of(article("Filed under " + first, "Body.")));
        assertThat(fresh.sections()).contains(first);

        publish("heads-up", TODAY.minusDays(1), later, List.of(article("Filed under " + later, "Body.")));
        assertThat(fresh.sections())
                .as("kept for a minute, then read again")
                .contains(first)
                .doesNotContain(later);
        assertThat(meters.find("cache.gets")
                        .tag("cache", "bulletins.archive-sections")
                        .meters())
                .as("a platform cache, with its metrics")
                .isNotEmpty();
    }

    @Test
    void findsEnglishStemsPhrasesAndLeavesOutExcludedWords() {
        String word = madeUpWord();
        publish(
                "heads-up",
                TODAY.minusDays(10),
                "Key dates",
                List.of(
                        article(
                                "Safeguarding training for governors " + word,
                                "Book the annual review of your safeguarding policy, " + word + "."),
                        article(
                                "Reviews of school meals " + word,
                                "The review is annual and every school takes part, " + word + "."),
                        article("Snow closures " + word, "Schools closed by snow tell us here, " + word + ".")));

        ArchiveSearch.Results stemmed = search.search(query("safeguard " + word));
        assertThat(stemmed.hits())
                .extracting(ArchiveSearch.Hit::title)
                .containsExactly("Safeguarding training for governors " + word);
        assertThat(stemmed.count()).isEqualTo("1 result");
        assertThat(stemmed.hits().get(0).snippet())
                .extracting(Snippets.Part::match)
                .contains("safeguarding");

        assertThat(search.search(query("\"annual review\" " + word)).hits())
                .extracting(ArchiveSearch.Hit::title)
                .containsExactly("Safeguarding training for governors " + word);
        ArchiveSearch.Results excluding = search.search(query(word + " -snow"));
        assertThat(excluding.hits())
                .extracting(ArchiveSearch.Hit::title)
                .containsExactlyInAnyOrder(
                        "Safeguarding training for governors " + word, "Reviews of school meals " + word);
        assertThat(excluding.limited()).isFalse();
        assertThat(search.search(query("kettle " + word)).count()).isEqualTo("0 results");
    }

    @Test
    void thePageMarksTheMatchesAndEscapesTheTextAroundThem() throws Exception {
        String word = madeUpWord();
        publish(
                "heads-up",
                TODAY.minusDays(6),
                "Key dates",
                List.of(article("Fish and chips " + word, "Fish & chips < 5 pupils " + word + ".")));

        mvc.perform(get("/bulletins/search").param("q", word))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Fish &amp; chips &lt; 5 pupils <mark>" + word + "</mark>.")));
    }

    @Test
    void visitorsFindOnlyPublicSeriesAndFiltersNarrowTheResults() throws Exception {
        String word = madeUpWord();
        publish("heads-up", TODAY.minusDays(40), "Wellbeing", List.of(article("Staff wellbeing hub " + word, word)));
        publish("heads-up", TODAY.minusDays(5), "Key dates", List.of(article("Term dates " + word, word)));
        publish("daily-briefing", TODAY.minusDays(5), "Key dates", List.of(article("Briefing dates " + word, word)));

        mvc.perform(get("/bulletins/search").param("q", word))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 results")))
                .andExpect(content().string(containsString("Term dates " + word)))
                .andExpect(content().string(not(containsString("Briefing dates " + word))));
        mvc.perform(get("/bulletins/search").param("q", word).param("series", "daily-briefing"))
                .andExpect(content().string(containsString("0 results")));
        mvc.perform(get("/bulletins/search")
                        .param("q", word)
                        .with(user("tom.whitaker@elmshire.example").roles("AUTHORITY_STAFF", "EDITOR")))
                .andExpect(content().string(containsString("3 results")))
                .andExpect(content().string(containsString("Briefing dates " + word)));
        mvc.perform(get("/bulletins/search").param("q", word).param("section", "Wellbeing"))
                .andExpect(content().string(containsString("1 result")))
                .andExpect(content().string(containsString("Staff wellbeing hub " + word)));
        LocalDate from = TODAY.minusDays(10);
        mvc.perform(get("/bulletins/search")
                        .param("q", word)
                        .param("from.day", String.valueOf(from.getDayOfMonth()))
                        .param("from.month", String.valueOf(from.getMonthValue()))
                        .param("from.year", String.valueOf(from.getYear())))
                .andExpect(content().string(containsString("1 result")))
                .andExpect(content().string(containsString("Term dates " + word)));
        mvc.perform(get("/bulletins/search")
                        .param("q", word)
                        .param("from.day", "31")
                        .param("from.month", "2"))
                .andExpect(content().string(containsString("The date from")));
    }

    @Test
    void pagesThroughAllTheResults() {
        String word = madeUpWord();
        List<NewArticle> articles = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            articles.add(article("Item " + i + " " + word, "Number " + i + ", " + word + "."));
        }
        publish("heads-up", TODAY.minusDays(3), "Key dates", articles);

        ArchiveSearch.Results first = search.search(query(word));
        assertThat(first.count()).isEqualTo("25 results");
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.hits()).hasSize(20);
        ArchiveSearch.Results second = search.search(new ArchiveSearch.Query(word, publicSeries(), "", null, null, 2));
        assertThat(second.hits()).hasSize(5);
        assertThat(second.hits())
                .extracting(ArchiveSearch.Hit::id)
                .doesNotContainAnyElementsOf(
                        first.hits().stream().map(ArchiveSearch.Hit::id).toList());
        assertThat(search.search(new ArchiveSearch.Query(word, publicSeries(), "", null, null, 3))
                        .hits())
                .isEmpty();
    }

    @Test
    void withMoreMatchesThanAreRankedTheBestOfTheNewestComeFirstAndTheirNumberIsEstimated() {
        String word = madeUpWord();
        // Years ago: the word three times in the title, the best match of all.
        publish(
                "heads-up",
                TODAY.minusYears(3),
                "Key dates",
                List.of(article(word + " " + word + " " + word, word + " " + word + ".")));
        // Lately: the word only in the body, and once in a title.
        for (int day = 1; day <= 6; day++) {
            publish(
                    "heads-up",
                    TODAY.minusDays(day),
                    "Key dates",
                    List.of(article("News of day " + day, "Once in the body: " + word + ".")));
        }
        publish(
                "heads-up",
                TODAY.minusDays(4),
                "Wellbeing",
                List.of(article("Recently " + word, "The body says " + word + " too.")));
        jdbc.sql("analyze bulletin_published_articles").update();

        // Every match ranked: the old article is the best.
        ArchiveSearch.Results all = search.search(query(word));
        assertThat(all.count()).isEqualTo("8 results");
        assertThat(all.hits().get(0).title()).isEqualTo(word + " " + word + " " + word);

        // Only the newest five ranked: the best of those first, the old one not among them.
        ArchiveSearch newestFive = new ArchiveSearch(jdbc, transactions, caches, 5);
        ArchiveSearch.Results limited = newestFive.search(query(word));
        assertThat(limited.limited()).isTrue();
        assertThat(limited.ranked()).isEqualTo(5);
        assertThat(limited.hits()).hasSize(5);
        assertThat(limited.hits().get(0).title()).isEqualTo("Recently " + word);
        assertThat(limited.hits()).extracting(ArchiveSearch.Hit::date).allMatch(d -> d.isAfter(TODAY.minusDays(6)));
        assertThat(limited.count()).matches("(about|more than) [0-9,]+ results");
        assertThat(limited.pages()).isEqualTo(1);

        // Fewer matches than that, with a filter: counted exactly, all ranked.
        ArchiveSearch.Results wellbeing =
                newestFive.search(new ArchiveSearch.Query(word, publicSeries(), "Wellbeing", null, null, 1));
        assertThat(wellbeing.limited()).isFalse();
        assertThat(wellbeing.count()).isEqualTo("1 result");
    }

    @Test
    void estimatesAreRoundedSoTheyDoNotLookExact() {
        assertThat(new ArchiveSearch.Results(36_863, true, 1000, List.of(), 1, 50).count())
                .isEqualTo("about 37,000 results");
        assertThat(new ArchiveSearch.Results(1_000, true, 1000, List.of(), 1, 50).count())
                .isEqualTo("more than 1,000 results");
        assertThat(new ArchiveSearch.Results(1_234, false, 1000, List.of(), 1, 50).count())
                .isEqualTo("1,234 results");
        assertThat(ArchiveSearch.Results.roughly(10_414)).isEqualTo(10_000);
        assertThat(ArchiveSearch.Results.roughly(1_780)).isEqualTo(1_800);
        assertThat(ArchiveSearch.Results.roughly(87)).isEqualTo(87);
    }

    private ArchiveSearch.Query query(String text) {
        return new ArchiveSearch.Query(text, publicSeries(), "", null, null, 1);
    }

    private List<Long> publicSeries() {
        return series.all().stream()
                .filter(Series::publicArchive)
                .map(Series::id)
                .toList();
    }

    private void publish(String seriesKey, LocalDate date, String section, List<NewArticle> articles) {
        records.publish(
                new NewEdition(
                        seriesKey,
                        date,
                        "",
                        null,
                        "tom.whitaker@elmshire.example",
                        "Tom Whitaker",
                        List.of(new NewSection(section, articles))),
                Instant.now());
    }

    private static NewArticle article(String title, String body) {
        return new NewArticle(title, "", body, ArticleAudience.everyone(), false, null, null, null, null);
    }

    /** Letters only, so that the English stemmer leaves it as it is. */
    private static String madeUpWord() {
        Random random = new Random();
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }
}
