package uk.headsup.bulletins.internal.editions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.bulletins.internal.articles.ContentReview;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;

/**
 * Articles flagged for the daily briefing go into the next daily briefing still being put together (one is
 * started, with the series' sections, if there is none), at the end of its first section.
 */
@Component
@Transactional
class DailyBriefing {

    private final SeriesCatalogue series;
    private final Editions editions;
    private final EditionDesk desk;
    private final Clock clock;

    DailyBriefing(SeriesCatalogue series, Editions editions, EditionDesk desk, Clock clock) {
        this.series = series;
        this.editions = editions;
        this.desk = desk;
        this.clock = clock;
    }

    /** Places the article in the next daily briefing draft; returns that edition's id, or -1 with no daily series. */
    long carry(Article article, Author author) {
        Series daily = series.all().stream()
                .filter(s -> s.kind() == Series.Kind.DAILY)
                .findFirst()
                .orElse(null);
        if (daily == null) {
            return -1;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ContentReview.UK));
        LocalDate from = daily.publishTime() != null && now.toLocalTime().isAfter(daily.publishTime())
                ? now.toLocalDate().plusDays(1)
                : now.toLocalDate();
        LocalDate date = daily.nextDate(from);
        long editionId = editions.nextDraft(daily.id(), date).orElseGet(() -> desk.create(daily, date, author));
        Edition edition = editions.byId(editionId).orElseThrow();
        if (edition.articleIds().contains(article.id())) {
            return editionId;
        }
        long section = edition.sections().isEmpty()
                ? editions.addSection(editionId, "Today")
                : edition.sections().get(0).id();
        desk.place(
                editionId,
                section,
                article.id(),
                author,
                "Carried “" + article.title() + "” from the daily briefing flag");
        return editionId;
    }
}
