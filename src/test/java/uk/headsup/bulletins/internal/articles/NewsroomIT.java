package uk.headsup.bulletins.internal.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.support.HeadsUpIntegrationTest;

/** Changes to an article that meet: the second is refused, and the first stands. */
@HeadsUpIntegrationTest
class NewsroomIT {

    @Autowired
    Newsroom newsroom;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    Author grace = new Author("grace.okafor@elmshire.example", "Grace Okafor", false, false);
    Author tom = new Author("tom.whitaker@elmshire.example", "Tom Whitaker", true, false);

    @Test
    void twoSubmitsAtTheSameMomentSubmitTheArticleOnceAndTheSecondIsToldOfTheConflict() throws Exception {
        long id = newsroom.create(aDraft("Swimming pool closes " + System.nanoTime()), grace);
        int started = articles.byId(id).orElseThrow().version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Newsroom.Saved>> submits = new ArrayList<>();
        try {
            // Both read the draft, then wait to write it while this transaction holds its row; once it lets go,
            // one writes and the other finds the article no longer as it read it.
            transaction.executeWithoutResult(status -> {
                jdbc.sql("select id from bulletin_articles where id = :id for update")
                        .param("id", id)
                        .query(Long.class)
                        .single();
                submits.add(pool.submit(() -> newsroom.submit(id, grace)));
                submits.add(pool.submit(() -> newsroom.submit(id, tom)));
                Awaitility.await("both submits wait to write the article")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> jdbc.sql("""
                                        select count(*) from pg_stat_activity
                                         where datname = current_database() and wait_event_type = 'Lock'
                                           and query like 'update bulletin_articles set status%'
                                        """).query(Integer.class).single() == 2);
            });
            List<Newsroom.Saved> outcomes = new ArrayList<>();
            for (Future<Newsroom.Saved> submit : submits) {
                outcomes.add(submit.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(Newsroom.Done.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(Newsroom.Conflict.class::isInstance)
                    .singleElement()
                    .satisfies(o -> {
                        Article current = ((Newsroom.Conflict) o).current();
                        assertThat(current.status()).isEqualTo(Article.Status.SUBMITTED);
                        assertThat(current.version()).isEqualTo(started + 1);
                    });
            Article stored = articles.byId(id).orElseThrow();
            assertThat(stored.status()).isEqualTo(Article.Status.SUBMITTED);
            assertThat(stored.version()).isEqualTo(started + 1);
            assertThat(jdbc.sql("""
                            select count(*) from bulletin_versions
                             where subject = 'ARTICLE' and subject_id = :id and what = 'Submitted to the editors'
                            """).param("id", id).query(Integer.class).single())
                    .isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSubmitFromAnArticleThatChangedSinceItWasReadIsRefused() {
        long id = newsroom.create(aDraft("Library hours " + System.nanoTime()), grace);
        Article read = articles.byId(id).orElseThrow();
        assertThat(newsroom.save(read, read.version(), tom)).isInstanceOf(Newsroom.Done.class);

        assertThat(articles.saveStatus(read, read.submit(grace.email()))).isFalse();
        Article stored = articles.byId(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(Article.Status.DRAFT);
        assertThat(stored.version()).isEqualTo(read.version() + 1);
    }

    private Article aDraft(String title) {
        return new Article(
                0,
                title,
                "What changes and when",
                "The pool is closed for repairs until the end of term.",
                null,
                ArticleAudience.everyone(),
                false,
                false,
                "",
                "",
                null,
                false,
                Article.Status.DRAFT,
                grace.email(),
                grace.name(),
                Instant.now(),
                grace.email(),
                1);
    }
}
