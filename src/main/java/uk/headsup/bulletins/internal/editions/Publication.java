package uk.headsup.bulletins.internal.editions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.bulletins.EditionPublished;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.archive.PublishedArchive;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.bulletins.internal.articles.Attachments;
import uk.headsup.directory.AuthorityContact;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.platform.format.Markdown;

/**
 * Publishes approved editions: freezes each article as it stands (rendered, with its contact on the edition's
 * date), signs the foreword, starts its email to the readers and records {@link EditionPublished}, all in one
 * transaction, so that from the moment publication commits the edition's page says how its send is going. An
 * edition is published once: a second attempt finds it published and does nothing.
 */
@Component
public class Publication {

    private static final Logger log = LoggerFactory.getLogger(Publication.class);

    private final Editions editions;
    private final Articles articles;
    private final Attachments attachments;
    private final PublishedArchive archive;
    private final AuthorityContacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Publication(
            Editions editions,
            Articles articles,
            Attachments attachments,
            PublishedArchive archive,
            AuthorityContacts contacts,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions) {
        this.editions = editions;
        this.articles = articles;
        this.attachments = attachments;
        this.archive = archive;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Publishes the edition if it is approved; returns whether this call published it. */
    @Transactional
    public boolean publish(long editionId, Instant at) {
        Edition edition = editions.lock(editionId).orElseThrow();
        if (edition.status() != Edition.Status.APPROVED) {
            return false;
        }
        List<PublishedArchive.Frozen> frozen = new ArrayList<>();
        for (Edition.Section section : edition.sections()) {
            for (Edition.Placement placement : section.articles()) {
                Article a = articles.byId(placement.articleId()).orElseThrow();
                PublishedEdition.Officer contact = a.contactPostId() == null
                        ? null
                        : contacts.forPost(a.contactPostId(), edition.date())
                                .map(Publication::officer)
                                .orElse(null);
                frozen.add(new PublishedArchive.Frozen(
                        a.id(),
                        section.title(),
                        section.position(),
                        placement.position(),
                        a.title(),
                        a.summary(),
                        Markdown.toHtml(a.body()),
                        Markdown.toText(a.body()),
                        contact,
                        a,
                        attachments.of(a.id()).stream()
                                .map(Attachments.Attachment::id)
                                .toList()));
            }
        }
        archive.freeze(edition.id(), edition.date(), edition.seriesId(), frozen);
        AuthorityContact signer = edition.forewordPostId() == null
                ? null
                : contacts.forPost(edition.forewordPostId(), edition.date()).orElse(null);
        editions.savePublished(
                edition.publish(at),
                signer == null ? null : signer.name(),
                signer == null ? null : signer.jobTitle(),
                signer == null ? null : signer.coverNote(),
                edition.foreword().isBlank() ? "" : Markdown.toHtml(edition.foreword()));
        events.publishEvent(new EditionPublished(editionId, edition.seriesKey(), edition.number(), edition.date(), at));
        log.info("Published {} {} with {} articles", edition.seriesName(), edition.number(), frozen.size());
        return true;
    }

    static PublishedEdition.Officer officer(AuthorityContact c) {
        return new PublishedEdition.Officer(c.name(), c.jobTitle(), c.coverNote(), c.teamName(), c.email(), c.phone());
    }

    /** Publishes approved editions whose time has come, each in its own transaction; safe on several nodes. */
    @Scheduled(
            fixedDelayString = "${headsup.bulletins.publish-interval:30s}",
            initialDelayString = "${headsup.bulletins.publish-interval:30s}")
    void publishDue() {
        Instant now = clock.instant();
        boolean more = true;
        while (more) {
            Boolean published = transactions.execute(status -> {
                List<Long> due = editions.due(now);
                if (due.isEmpty()) {
                    return false;
                }
                return publish(due.get(0), now) || true;
            });
            more = Boolean.TRUE.equals(published);
        }
    }
}
