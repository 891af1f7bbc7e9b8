package uk.headsup.bulletins;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writing published editions straight into the archive, for loaders such as the demo county. They go through the
 * same publication as an approved edition (frozen copies, search, the {@link EditionPublished} event), but are not
 * emailed to readers: they are past editions loaded into the archive.
 */
public interface BulletinRecords {

    /** Whether any edition exists yet, of any series. */
    boolean hasEditions();

    /** Creates, approves and publishes an edition at the given instant; returns its id. */
    long publish(NewEdition edition, Instant publishedAt);

    /**
     * An edition to publish.
     *
     * @param seriesKey "heads-up", "daily-briefing" or another series' key
     * @param forewordPostId the directory post whose holder (or cover, on the date) signs the foreword, or null
     */
    record NewEdition(
            String seriesKey,
            LocalDate date,
            String foreword,
            Long forewordPostId,
            String byEmail,
            String byName,
            List<NewSection> sections) {}

    record NewSection(String title, List<NewArticle> articles) {}

    /**
     * @param contactPostId the directory post whose holder (or cover) is the article's contact, or null
     * @param ctaText the call to action's words, such as "Register for the conference", or null
     */
    record NewArticle(
            String title,
            String summary,
            String body,
            ArticleAudience audience,
            boolean essential,
            Long contactPostId,
            String ctaText,
            String ctaUrl,
            LocalDate ctaDeadline) {}
}
