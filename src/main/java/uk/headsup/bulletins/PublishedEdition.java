package uk.headsup.bulletins;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An edition as it was published: frozen, apart from dated correction notices. Paths are permanent and relative
 * to the site (prefix them with the site's base URL for emails).
 *
 * @param signedBy the officer who wrote the foreword, with their title on the edition's date; null without one
 * @param forewordHtml the foreword, sanitised HTML; empty without one
 */
public record PublishedEdition(
        long id,
        String seriesKey,
        String seriesName,
        boolean publicArchive,
        int number,
        LocalDate date,
        Instant publishedAt,
        String path,
        String forewordHtml,
        Officer signedBy,
        List<Section> sections,
        List<Correction> corrections) {

    public PublishedEdition {
        sections = List.copyOf(sections);
        corrections = List.copyOf(corrections);
    }

    /** "Heads Up No. 142, 2 June 2025" style title parts are left to the page; this is "Heads Up 142". */
    public String title() {
        return seriesName + " " + number;
    }

    /** An authority officer as shown on a card. */
    public record Officer(String name, String jobTitle, String coverNote, String team, String email, String phone) {}

    public record CallToAction(String text, String url, LocalDate deadline) {}

    public record Attachment(long id, String fileName, String kind, long sizeBytes, String path) {}

    public record Correction(long id, Instant madeAt, String notice, Long articleId) {}

    public record Section(String title, List<Article> articles) {
        public Section {
            articles = List.copyOf(articles);
        }
    }

    /**
     * An article as published in this edition.
     *
     * @param id the published copy's id (unique to this edition)
     * @param articleId the article's own id, the same in every edition that carried it
     * @param callToAction what readers are asked to do, or null
     * @param contact whom to ask, or null
     */
    public record Article(
            long id,
            long articleId,
            String slug,
            String path,
            String section,
            String title,
            String summary,
            String bodyHtml,
            boolean essential,
            boolean marketing,
            ArticleAudience audience,
            CallToAction callToAction,
            Officer contact,
            List<Attachment> attachments) {

        public Article {
            attachments = List.copyOf(attachments);
        }

        public boolean isFor(Reader reader) {
            return audience.reaches(reader);
        }

        /** Targeted at some readers only, and this reader is one of them. */
        public boolean targetedAt(Reader reader) {
            return !audience.isEveryone() && audience.reaches(reader);
        }
    }

    public List<Article> articles() {
        return sections.stream().flatMap(s -> s.articles().stream()).toList();
    }

    /**
     * The edition as this reader gets it: only the articles for them, sections left empty dropped, and in each
     * section the articles targeted at them before those for everyone.
     */
    public PublishedEdition forReader(Reader reader) {
        List<Section> theirs = new ArrayList<>();
        for (Section section : sections) {
            List<Article> articles = section.articles().stream()
                    .filter(a -> a.isFor(reader))
                    .sorted(Comparator.comparing((Article a) -> !a.targetedAt(reader)))
                    .toList();
            if (!articles.isEmpty()) {
                theirs.add(new Section(section.title(), articles));
            }
        }
        return new PublishedEdition(
                id,
                seriesKey,
                seriesName,
                publicArchive,
                number,
                date,
                publishedAt,
                path,
                forewordHtml,
                signedBy,
                theirs,
                corrections);
    }

    /** The articles targeted at this reader, as opposed to everyone, in edition order. */
    public List<Article> targetedAt(Reader reader) {
        return sections.stream()
                .flatMap(s -> s.articles().stream())
                .filter(a -> a.targetedAt(reader))
                .toList();
    }

    public List<Correction> correctionsOf(Article article) {
        return corrections.stream()
                .filter(c -> c.articleId() != null && c.articleId() == article.id())
                .toList();
    }

    public Stream<Correction> editionCorrections() {
        return corrections.stream().filter(c -> c.articleId() == null);
    }
}
