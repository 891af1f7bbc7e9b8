package uk.headsup.bulletins.internal.delivery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.mailing.LinkReach;
import uk.headsup.mailing.MailshotProgress;
import uk.headsup.mailing.Mailshots;

/**
 * How an edition's email is going, for its page: the send's progress and, per article, how many received it and
 * how many followed it, with links to mailing's send page and reach report (where the schools in which nobody read
 * an article are named and reminded in one click); and the send of its essential items to who turned the series off.
 */
@Component
public class EditionSends {

    private final Mailshots mailshots;

    EditionSends(Mailshots mailshots) {
        this.mailshots = mailshots;
    }

    /** @param reach null while nobody has been sent it */
    public record Article(String title, String section, LinkReach reach, String reportPath) {}

    /** @param essential the essential items to who turned the series off, if the edition had any; else null */
    public record Sent(
            MailshotProgress progress,
            String progressPath,
            String reachPath,
            List<Article> articles,
            Essential essential) {}

    /** The essential items' send to the readers who turned the series off: its progress and its page. */
    public record Essential(MailshotProgress progress, String progressPath) {}

    public Optional<Sent> of(PublishedEdition edition) {
        String key = EditionDelivery.key(edition.id());
        return mailshots.progress(key).map(progress -> {
            Map<String, LinkReach> reach =
                    mailshots.reachByLink(key).stream().collect(Collectors.toMap(LinkReach::tag, Function.identity()));
            List<Article> articles = edition.articles().stream()
                    .map(a -> new Article(
                            a.title(),
                            a.section(),
                            reach.get(EditionEmail.tag(a)),
                            mailshots.reachPath(progress.mailshotId(), EditionEmail.tag(a))))
                    .toList();
            long id = progress.mailshotId();
            Essential essential = mailshots
                    .progress(EditionDelivery.essentialKey(edition.id()))
                    .map(p -> new Essential(p, mailshots.progressPath(p.mailshotId())))
                    .orElse(null);
            return new Sent(
                    progress, mailshots.progressPath(id), mailshots.progressPath(id) + "/reach", articles, essential);
        });
    }
}
