package uk.headsup.bulletins.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.bulletins.ArticleDrafts;
import uk.headsup.bulletins.BulletinRecords;
import uk.headsup.bulletins.Bulletins;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.archive.PublishedArchive;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.bulletins.internal.articles.Newsroom;
import uk.headsup.bulletins.internal.editions.Edition;
import uk.headsup.bulletins.internal.editions.Editions;
import uk.headsup.bulletins.internal.editions.Publication;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;

/**
 * The module's public API: reading published editions, publishing ready-made ones for loaders, and drafts other
 * modules write for an officer.
 */
@Service
@Transactional
class JdbcBulletins implements Bulletins, BulletinRecords, ArticleDrafts {

    private final PublishedArchive archive;
    private final SeriesCatalogue series;
    private final Articles articles;
    private final Editions editions;
    private final Publication publication;
    private final Newsroom newsroom;
    private final JdbcClient jdbc;

    JdbcBulletins(
            PublishedArchive archive,
            SeriesCatalogue series,
            Articles articles,
            Editions editions,
            Publication publication,
            Newsroom newsroom,
            JdbcClient jdbc) {
        this.archive = archive;
        this.series = series;
        this.articles = articles;
        this.editions = editions;
        this.publication = publication;
        this.newsroom = newsroom;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedEdition> publishedEdition(long editionId) {
        return archive.edition(editionId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedEdition> latestEditions(String seriesKey, int limit) {
        return archive.latest(seriesKey, limit).stream()
                .map(id -> archive.edition(id).orElseThrow())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasEditions() {
        return jdbc.sql("select exists (select 1 from bulletin_editions)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public long publish(NewEdition edition, Instant publishedAt) {
        Series of = series.byKey(edition.seriesKey())
                .orElseThrow(() -> new IllegalArgumentException("No series " + edition.seriesKey()));
        Author author = new Author(edition.byEmail(), edition.byName(), true, true);
        long id = editions.insert(of.id(), series.takeNumber(of.id()), edition.date(), author.email());
        editions.updateDetails(id, 1, edition.date(), edition.foreword(), edition.forewordPostId(), null);
        for (NewSection section : edition.sections()) {
            long sectionId = editions.addSection(id, section.title());
            for (NewArticle a : section.articles()) {
                long articleId = newsroom.create(
                        new Article(
                                0,
                                a.title(),
                                a.summary(),
                                a.body(),
                                a.contactPostId(),
                                a.audience(),
                                a.essential(),
                                false,
                                a.ctaText(),
                                a.ctaUrl(),
                                a.ctaDeadline(),
                                false,
                                Article.Status.SUBMITTED,
                                author.email(),
                                author.name(),
                                null,
                                author.email(),
                                1),
                        author);
                editions.place(id, sectionId, articleId);
            }
        }
        Edition draft = editions.byId(id).orElseThrow();
        editions.save(draft.sendForApproval().approve(author.name(), publishedAt, publishedAt));
        jdbc.sql("update bulletin_editions set mail_readers = false where id = :id")
                .param("id", id)
                .update();
        publication.publish(id, publishedAt);
        return id;
    }

    @Override
    public long draft(NewDraft draft) {
        Author author = new Author(draft.byEmail(), draft.byName(), false, false);
        return newsroom.create(
                new Article(
                        0,
                        draft.title(),
                        draft.summary(),
                        draft.body(),
                        null,
                        draft.audience(),
                        false,
                        false,
                        null,
                        null,
                        null,
                        false,
                        Article.Status.DRAFT,
                        author.email(),
                        author.name(),
                        null,
                        author.email(),
                        1),
                author);
    }
}
