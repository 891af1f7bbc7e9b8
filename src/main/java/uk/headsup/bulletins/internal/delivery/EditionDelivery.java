package uk.headsup.bulletins.internal.delivery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.Bulletins;
import uk.headsup.bulletins.EditionPublished;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.MailshotRequest;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Recipients;

/**
 * Emails each published edition to its readers: one mailshot per edition ({@code edition:42}), to everyone any of
 * its articles is for, and when it has essential articles a second one ({@code edition:42:essential}, which nobody can
 * turn off) of only those to the people of their audiences who turned the series off. Both are started in the
 * transaction that publishes the edition (so its page shows the send from the moment approval commits); the handler
 * of {@link EditionPublished} delivers again as a safety net for editions published some other way, and the
 * mailshot's key makes a second delivery (a replayed event, publishing twice) add nothing.
 */
@Component
public class EditionDelivery {

    private static final Logger log = LoggerFactory.getLogger(EditionDelivery.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Bulletins bulletins;
    private final Mailshots mailshots;
    private final Directory directory;
    private final EditionTopics topics;
    private final JdbcClient jdbc;

    EditionDelivery(
            Bulletins bulletins, Mailshots mailshots, Directory directory, EditionTopics topics, JdbcClient jdbc) {
        this.bulletins = bulletins;
        this.mailshots = mailshots;
        this.directory = directory;
        this.topics = topics;
        this.jdbc = jdbc;
    }

    /** The mailshot's key for an edition. */
    public static String key(long editionId) {
        return "edition:" + editionId;
    }

    /** The key of the edition's essential items to the people who turned its series off. */
    public static String essentialKey(long editionId) {
        return key(editionId) + ":essential";
    }

    /**
     * In the transaction that publishes the edition, so that its send exists (and its page says how it is going)
     * from the moment publication commits; a failure here fails the publication, which is then tried again.
     */
    @EventListener
    void whilePublishing(EditionPublished published) {
        deliver(published.editionId());
    }

    /** After the commit, from the event publication registry: finds the send made already, or makes it if missing. */
    @ApplicationModuleListener
    void on(EditionPublished published) {
        deliver(published.editionId());
    }

    /**
     * Starts the edition's mailshot, and its essential items' to who turned the series off, unless it was loaded into
     * the archive; the edition's, or empty then.
     */
    @Transactional
    public Optional<MailshotStarted> deliver(long editionId) {
        PublishedEdition edition = bulletins
                .publishedEdition(editionId)
                .orElseThrow(() -> new IllegalStateException("Edition " + editionId + " is not published"));
        Sender sender = sender(editionId);
        if (!sender.mailReaders()) {
            return Optional.empty();
        }
        topics.declare(edition);
        LocalDate today = LocalDate.now(LONDON);
        String series = EditionTopics.series(edition.seriesKey());
        String startedBy =
                sender.approvedBy() == null ? "Publication" : "Published, approved by " + sender.approvedBy();
        MailshotStarted started = mailshots.start(new MailshotRequest(
                key(editionId),
                EditionEmail.NAME,
                Long.toString(editionId),
                EditionEmail.title(edition),
                series,
                recipients(edition.articles(), today),
                startedBy));
        log(EditionEmail.title(edition), started);
        List<PublishedEdition.Article> essential = edition.articles().stream()
                .filter(PublishedEdition.Article::essential)
                .toList();
        if (!essential.isEmpty()) {
            log(
                    EditionEmail.essentialTitle(edition),
                    mailshots.start(new MailshotRequest(
                            essentialKey(editionId),
                            EditionEmail.NAME,
                            EditionEmail.essentialReference(editionId),
                            EditionEmail.essentialTitle(edition),
                            null,
                            recipients(essential, today).whoTurnedOff(series),
                            startedBy)));
        }
        return Optional.of(started);
    }

    private static void log(String title, MailshotStarted started) {
        if (started.created()) {
            log.info(
                    "{}: {} to send, {} turned off or bouncing, {} malformed addresses",
                    title,
                    started.queued(),
                    started.suppressed(),
                    started.malformed());
        }
    }

    private record Sender(boolean mailReaders, String approvedBy) {}

    private Sender sender(long editionId) {
        return jdbc.sql("select mail_readers, approved_by from bulletin_editions where id = :id")
                .param("id", editionId)
                .query((rs, n) -> new Sender(rs.getBoolean(1), rs.getString(2)))
                .single();
    }

    /**
     * Everyone any article is for: an article for everyone makes it the whole readership (everyone with a role at
     * an open school or setting), resolved by mailing in one query; otherwise the people of each article's audience,
     * each with the posts that put them in (mailing merges them into one message per address).
     */
    Recipients recipients(List<PublishedEdition.Article> articles, LocalDate on) {
        Set<ArticleAudience> audiences = new LinkedHashSet<>();
        articles.forEach(a -> audiences.add(a.audience()));
        if (audiences.isEmpty() || audiences.stream().anyMatch(ArticleAudience::isEveryone)) {
            return Recipients.of(Audience.everyone());
        }
        List<Addressee> people = new ArrayList<>();
        for (ArticleAudience audience : audiences) {
            for (AudienceMember m : directory.members(audience.toAudience(), on)) {
                people.add(new Addressee(
                        m.name(),
                        m.email(),
                        List.of(new MailshotRecipient.Post(
                                m.role(), m.organisationId(), m.organisationName(), m.phase()))));
            }
        }
        return Recipients.listed(people);
    }
}
