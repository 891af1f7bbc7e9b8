package uk.headsup.bulletins.internal.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * An article as its authors and editors work on it. Once an edition carrying it is published, that edition keeps
 * its own frozen copy, so the article may still be edited for later editions.
 */
public record Article(
        long id,
        String title,
        String summary,
        String body,
        Long contactPostId,
        ArticleAudience audience,
        boolean essential,
        boolean marketing,
        String ctaText,
        String ctaUrl,
        LocalDate ctaDeadline,
        boolean forDailyBriefing,
        Status status,
        String authorEmail,
        String authorName,
        Instant updatedAt,
        String updatedBy,
        int version) {

    public enum Status {
        DRAFT("Draft"),
        SUBMITTED("Submitted to the editors");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isDraft() {
            return this == DRAFT;
        }

        public boolean isSubmitted() {
            return this == SUBMITTED;
        }
    }

    /**
     * Its author sends the article to the editors: the next version, submitted by {@code by}. Only a draft can be
     * submitted ({@link Articles#saveStatus} writes the change, if nobody changed the article in between).
     */
    Article submit(String by) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException(
                    "Article " + id + " is already " + status.label().toLowerCase());
        }
        return new Article(
                id,
                title,
                summary,
                body,
                contactPostId,
                audience,
                essential,
                marketing,
                ctaText,
                ctaUrl,
                ctaDeadline,
                forDailyBriefing,
                Status.SUBMITTED,
                authorEmail,
                authorName,
                updatedAt,
                by,
                version + 1);
    }

    public boolean hasCallToAction() {
        return ctaUrl != null && !ctaUrl.isBlank();
    }

    ContentChecks.Article forChecks() {
        return new ContentChecks.Article(title, summary, body, ctaUrl, ctaDeadline, hasCallToAction());
    }

    /** The whole article as text, one field a line and the body last, for versions and their diffs. */
    String snapshot(String contactName) {
        return "Title: " + title + "\n"
                + "Summary: " + summary + "\n"
                + "Audience: " + audience.describe() + "\n"
                + "Essential: " + (essential ? "yes" : "no") + "\n"
                + "Promotes paid training or services: " + (marketing ? "yes" : "no") + "\n"
                + "For the daily briefing: " + (forDailyBriefing ? "yes" : "no") + "\n"
                + "Contact: " + (contactName == null ? "none" : contactName) + "\n"
                + "Call to action: "
                + (hasCallToAction()
                        ? ctaText + " – " + ctaUrl + (ctaDeadline == null ? "" : " – by " + ctaDeadline)
                        : "none")
                + "\n"
                + "Body:\n" + body;
    }

    static String roles(ArticleAudience audience) {
        return audience.roles().stream().map(OrganisationRole::name).sorted().collect(Collectors.joining(","));
    }

    static String phases(ArticleAudience audience) {
        return audience.phases().stream().map(Phase::name).sorted().collect(Collectors.joining(","));
    }
}
