package uk.headsup.bulletins.internal.editions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.bulletins.internal.articles.Placements;

/** The editions' side of {@link Placements}: where articles are placed, as the newsroom needs to know it. */
@Component
class ArticlePlacements implements Placements {

    private final JdbcClient jdbc;
    private final DailyBriefing dailyBriefing;
    private final Previews previews;

    ArticlePlacements(JdbcClient jdbc, DailyBriefing dailyBriefing, Previews previews) {
        this.jdbc = jdbc;
        this.dailyBriefing = dailyBriefing;
        this.previews = previews;
    }

    @Override
    public List<String> withThePublisher(long articleId) {
        return jdbc.sql("""
                        select s.name || ' ' || e.number from bulletin_placements p
                          join bulletin_editions e on e.id = p.edition_id join bulletin_series s on s.id = e.series_id
                         where p.article_id = :id and e.status in (:withPublisher)
                        """)
                .param("id", articleId)
                .param("withPublisher", Edition.Status.namesWhere(Edition.Status::withThePublisher))
                .query(String.class)
                .list();
    }

    @Override
    public List<String> unpublishedStates() {
        return Edition.Status.namesWhere(status -> !status.isPublished());
    }

    @Override
    public void carryToTheDailyBriefing(Article article, Author author) {
        dailyBriefing.carry(article, author);
    }

    @Override
    public PublishedEdition preview(Article article, LocalDate on) {
        return previews.ofArticle(article, on);
    }
}
