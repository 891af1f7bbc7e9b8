package uk.headsup.bulletins.internal.articles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.AuthorityContact;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.platform.format.UploadedFileType;

/**
 * Where articles are written: contributors from any team draft and submit them, editors edit any of them.
 * Saves never overwrite someone else's: each starts from a version, and a save from an older one is refused.
 */
@Service
@Transactional
public class Newsroom {

    public static final long LARGEST_ATTACHMENT = 10L * 1024 * 1024;

    /** What came of a save or a submit. */
    public sealed interface Saved {}

    record Done(Article article) implements Saved {}

    /** Someone saved the article since this editor opened it: theirs is kept, this one is not saved (or submitted). */
    public record Conflict(Article current) implements Saved {}

    /** The article cannot be changed now (its edition is with the publisher, say), or not submitted yet. */
    public record Refused(String reason) implements Saved {}

    private final Articles articles;
    private final Versions versions;
    private final Attachments attachments;
    private final ContentReview review;
    private final AuthorityContacts contacts;
    private final Placements placements;
    private final JdbcClient jdbc;

    Newsroom(
            Articles articles,
            Versions versions,
            Attachments attachments,
            ContentReview review,
            AuthorityContacts contacts,
            Placements placements,
            JdbcClient jdbc) {
        this.articles = articles;
        this.versions = versions;
        this.attachments = attachments;
        this.review = review;
        this.contacts = contacts;
        this.placements = placements;
        this.jdbc = jdbc;
    }

    public long create(Article draft, Author author) {
        long id = articles.insert(draft);
        Article saved = articles.byId(id).orElseThrow();
        versions.record(Versions.Subject.ARTICLE, id, saved.version(), author.signature(), "Started", snapshot(saved));
        if (saved.forDailyBriefing() && saved.status() == Article.Status.SUBMITTED) {
            placements.carryToTheDailyBriefing(saved, author);
        }
        return id;
    }

    public Saved save(Article changed, int startedFrom, Author author) {
        Article current = articles.byId(changed.id()).orElseThrow();
        Optional<String> refusal = whyNotEditable(current, author);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        if (!articles.update(changed, startedFrom, author.email())) {
            return new Conflict(current);
        }
        Article saved = articles.byId(changed.id()).orElseThrow();
        versions.record(
                Versions.Subject.ARTICLE, saved.id(), saved.version(), author.signature(), "Edited", snapshot(saved));
        if (saved.forDailyBriefing() && !current.forDailyBriefing() && saved.status() == Article.Status.SUBMITTED) {
            placements.carryToTheDailyBriefing(saved, author);
        }
        return new Done(saved);
    }

    /**
     * Sends the article to the editors. Refused while a content check blocks it (its page lists what does); a conflict
     * if someone changed or submitted it between this read and this write, whose change stands.
     */
    public Saved submit(long id, Author author) {
        Article article = articles.byId(id).orElseThrow();
        if (review.of(article).stream().anyMatch(Finding::blocks)) {
            return new Refused("put right the problems below first");
        }
        if (article.status() == Article.Status.SUBMITTED) {
            return new Done(article);
        }
        if (!articles.saveStatus(article, article.submit(author.email()))) {
            return new Conflict(articles.byId(id).orElseThrow());
        }
        Article submitted = articles.byId(id).orElseThrow();
        versions.record(
                Versions.Subject.ARTICLE,
                id,
                submitted.version(),
                author.signature(),
                "Submitted to the editors",
                snapshot(submitted));
        if (submitted.forDailyBriefing()) {
            placements.carryToTheDailyBriefing(submitted, author);
        }
        return new Done(submitted);
    }

    /**
     * Why this person may not change the article now, if they may not: only its author or an editor may, and
     * nobody while an edition carrying it waits for approval or is approved.
     */
    public Optional<String> whyNotEditable(Article article, Author author) {
        if (!author.editor() && !article.authorEmail().equalsIgnoreCase(author.email())) {
            return Optional.of("Only its author, " + article.authorName() + ", or an editor can change this article");
        }
        List<String> frozen = placements.withThePublisher(article.id());
        if (!frozen.isEmpty()) {
            return Optional.of("This article cannot be changed while " + String.join(" and ", frozen)
                    + " is with the publisher: ask them to return it to the editors");
        }
        return Optional.empty();
    }

    String snapshot(Article article) {
        String contact = article.contactPostId() == null
                ? null
                : contacts.forPost(article.contactPostId(), review.today())
                        .map(c -> c.name() + ", " + c.jobTitle())
                        .orElse("post " + article.contactPostId() + " (nobody answers for it today)");
        return article.snapshot(contact);
    }

    public Optional<AuthorityContact> contact(Article article) {
        return article.contactPostId() == null
                ? Optional.empty()
                : contacts.forPost(article.contactPostId(), review.today());
    }

    /** Attaches a file whose type was checked by its content; returns its id. */
    public long attach(Article article, String fileName, UploadedFileType type, byte[] bytes, Author author) {
        long id = attachments.add(article.id(), fileName, type, bytes, sha256(bytes), author.email());
        recordAttachments(article, author, "Attached " + fileName);
        return id;
    }

    public boolean detach(Article article, long attachmentId, Author author) {
        boolean removed = attachments.remove(article.id(), attachmentId);
        if (removed) {
            recordAttachments(article, author, "Removed an attachment");
        }
        return removed;
    }

    /** A change of attachments is a new version of the article, with its files listed. */
    private void recordAttachments(Article article, Author author, String what) {
        jdbc.sql(
                        "update bulletin_articles set version = version + 1, updated_at = now(), updated_by = :by where id = :id")
                .param("id", article.id())
                .param("by", author.email())
                .update();
        Article saved = articles.byId(article.id()).orElseThrow();
        versions.record(
                Versions.Subject.ARTICLE,
                saved.id(),
                saved.version(),
                author.signature(),
                what,
                snapshot(saved) + attachmentLines(saved.id()));
    }

    private String attachmentLines(long articleId) {
        StringBuilder lines = new StringBuilder();
        for (Attachments.Attachment a : attachments.of(articleId)) {
            lines.append("\nAttachment: ")
                    .append(a.fileName())
                    .append(" (")
                    .append(a.kind())
                    .append(", ")
                    .append(a.size())
                    .append(')');
        }
        return lines.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
