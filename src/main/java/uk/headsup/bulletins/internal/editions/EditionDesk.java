package uk.headsup.bulletins.internal.editions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.bulletins.internal.archive.EditionRevised;
import uk.headsup.bulletins.internal.archive.PublishedArchive;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.bulletins.internal.articles.ContentReview;
import uk.headsup.bulletins.internal.articles.Versions;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.directory.AuthorityContacts;

/**
 * Where editions are put together and approved: editors assemble sections and articles and write the foreword,
 * then send the edition for approval; a publisher approves it (to publish now or at a set time) or returns it
 * with comments. Every change is recorded as a version of the edition. A second person approves: someone who
 * worked on the edition (any change but a return to the editors) cannot approve it, even holding both roles, unless
 * {@code headsup.bulletins.second-approver} is turned off (issue 20 item 10).
 */
@Service
@Transactional
public class EditionDesk {

    /** What came of a request to move an edition on. */
    public record Outcome(boolean done, List<String> problems) {
        static Outcome ok() {
            return new Outcome(true, List.of());
        }

        static Outcome refused(String... problems) {
            return new Outcome(false, List.of(problems));
        }

        static Outcome refused(List<String> problems) {
            return new Outcome(false, problems);
        }
    }

    private final Editions editions;
    private final SeriesCatalogue series;
    private final Articles articles;
    private final Versions versions;
    private final ContentReview review;
    private final AuthorityContacts contacts;
    private final Publication publication;
    private final PublishedArchive archive;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean secondApprover;

    EditionDesk(
            Editions editions,
            SeriesCatalogue series,
            Articles articles,
            Versions versions,
            ContentReview review,
            AuthorityContacts contacts,
            Publication publication,
            PublishedArchive archive,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${headsup.bulletins.second-approver:true}") boolean secondApprover) {
        this.secondApprover = secondApprover;
        this.editions = editions;
        this.series = series;
        this.articles = articles;
        this.versions = versions;
        this.review = review;
        this.contacts = contacts;
        this.publication = publication;
        this.archive = archive;
        this.events = events;
        this.clock = clock;
    }

    /** Starts an edition of the series with the next number and the series' default sections. */
    public long create(Series of, LocalDate date, Author author) {
        int number = series.takeNumber(of.id());
        long id = editions.insert(of.id(), number, date, author.email());
        for (String section : of.defaultSections()) {
            editions.addSection(id, section);
        }
        record(id, author, "Started");
        return id;
    }

    public boolean saveDetails(
            Edition edition, int startedFrom, LocalDate date, String foreword, Long postId, Author author) {
        Long personId = postId == null
                ? null
                : contacts.forPost(postId, date).map(c -> c.personId()).orElse(null);
        if (!editions.updateDetails(edition.id(), startedFrom, date, foreword, postId, personId)) {
            return false;
        }
        record(edition.id(), author, "Changed the date or foreword");
        return true;
    }

    public void addSection(long editionId, String title, Author author) {
        editions.addSection(editionId, title);
        editions.touch(editionId);
        record(editionId, author, "Added the section “" + title + "”");
    }

    void renameSection(long editionId, long sectionId, String title, Author author) {
        editions.renameSection(sectionId, title);
        editions.touch(editionId);
        record(editionId, author, "Renamed a section “" + title + "”");
    }

    public void removeSection(long editionId, long sectionId, Author author) {
        editions.removeSection(editionId, sectionId);
        editions.touch(editionId);
        record(editionId, author, "Removed a section and its articles");
    }

    public void moveSection(long editionId, long sectionId, int direction, Author author) {
        editions.moveSection(editionId, sectionId, direction);
        editions.touch(editionId);
        record(editionId, author, direction < 0 ? "Moved a section up" : "Moved a section down");
    }

    public void place(long editionId, long sectionId, long articleId, Author author, String what) {
        editions.place(editionId, sectionId, articleId);
        editions.touch(editionId);
        record(editionId, author, what);
    }

    public void remove(long editionId, long articleId, Author author) {
        String title = articles.byId(articleId).map(Article::title).orElse("an article");
        editions.remove(editionId, articleId);
        editions.touch(editionId);
        record(editionId, author, "Took out “" + title + "”");
    }

    public void moveArticle(long editionId, long articleId, int direction, Author author) {
        editions.moveArticle(editionId, articleId, direction);
        editions.touch(editionId);
        record(editionId, author, direction < 0 ? "Moved an article up" : "Moved an article down");
    }

    /** What stops the edition going for approval or being approved: no articles, drafts, or content errors. */
    public List<String> blocking(Edition edition) {
        List<String> problems = new ArrayList<>();
        if (edition.articleCount() == 0) {
            problems.add("Add at least one article to the edition");
        }
        List<Article> carried = edition.articleIds().stream()
                .map(id -> articles.byId(id).orElseThrow())
                .toList();
        for (Article a : carried) {
            if (a.status() != Article.Status.SUBMITTED) {
                problems.add("“" + a.title() + "” is still a draft: its author or an editor must submit it");
            }
        }
        problems.addAll(review.blocking(edition.foreword(), carried));
        return problems;
    }

    public Outcome sendForApproval(long editionId, Author author) {
        Edition edition = editions.lock(editionId).orElseThrow();
        Edition sent;
        try {
            sent = edition.sendForApproval();
        } catch (Edition.Refused refused) {
            return Outcome.refused(refused.getMessage());
        }
        List<String> problems = blocking(edition);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        editions.save(sent);
        record(editionId, author, "Sent for approval");
        return Outcome.ok();
    }

    public Outcome returnToEditors(long editionId, String comments, Author author) {
        Edition edition = editions.lock(editionId).orElseThrow();
        try {
            editions.save(edition.returnToEditors(author.name(), comments, clock.instant()));
        } catch (Edition.Refused refused) {
            return Outcome.refused(refused.getMessage());
        }
        record(editionId, author, "Returned to the editors: " + comments);
        return Outcome.ok();
    }

    /** Approves the edition and publishes it now, or at the given time if that is still to come. */
    public Outcome approve(long editionId, Instant at, Author author) {
        Edition edition = editions.lock(editionId).orElseThrow();
        Instant now = clock.instant();
        Instant when = at == null || at.isBefore(now) ? now : at;
        Edition approved;
        try {
            approved = edition.approve(author.name(), now, when);
        } catch (Edition.Refused refused) {
            return Outcome.refused(refused.getMessage());
        }
        if (secondApprover && versions.changedBy(Versions.Subject.EDITION, editionId, author.signature())) {
            return Outcome.refused("You worked on this edition, so another publisher must approve it");
        }
        List<String> problems = blocking(edition);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        editions.save(approved);
        record(editionId, author, at == null ? "Approved and published" : "Approved, to be published at " + when);
        if (!when.isAfter(now)) {
            publication.publish(editionId, now);
        }
        return Outcome.ok();
    }

    /** A dated correction notice on a published edition, or on one of its articles; the archive shows it at once. */
    public void correct(Edition edition, Long publishedArticleId, String notice, Author author) {
        archive.correct(edition.id(), publishedArticleId, notice, author.email());
        versions.record(
                Versions.Subject.EDITION,
                edition.id(),
                edition.version(),
                author.signature(),
                "Correction: " + notice,
                edition.snapshot(signedBy(edition)) + "Correction: " + notice + "\n");
        events.publishEvent(new EditionRevised(edition.id()));
    }

    Optional<Edition> edition(long id) {
        return editions.byId(id);
    }

    public String signedBy(Edition edition) {
        return edition.forewordPostId() == null
                ? null
                : contacts.forPost(edition.forewordPostId(), edition.date())
                        .map(c -> c.name() + ", " + c.jobTitle())
                        .orElse("nobody answers for the chosen post on " + edition.date());
    }

    private void record(long editionId, Author author, String what) {
        Edition edition = editions.byId(editionId).orElseThrow();
        versions.record(
                Versions.Subject.EDITION,
                editionId,
                edition.version(),
                author.signature(),
                what,
                edition.snapshot(signedBy(edition)));
    }
}
