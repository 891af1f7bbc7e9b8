package uk.headsup.bulletins.internal.editions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.Reader;
import uk.headsup.bulletins.internal.archive.PublishedArchive;
import uk.headsup.bulletins.internal.articles.Article;
import uk.headsup.bulletins.internal.articles.Articles;
import uk.headsup.directory.AuthorityContacts;
import uk.headsup.platform.format.Markdown;

/**
 * An edition not yet published, shown as it would be published, whole or as one reader gets it. The articles
 * for a reader are chosen by {@link PublishedEdition#forReader}, the rule the archive and emails use.
 */
@Component
public class Previews {

    private final Articles articles;
    private final AuthorityContacts contacts;

    Previews(Articles articles, AuthorityContacts contacts) {
        this.articles = articles;
        this.contacts = contacts;
    }

    public PublishedEdition of(Edition edition, Reader reader) {
        String path = "/bulletins/editions/" + edition.id() + "/preview";
        List<PublishedEdition.Section> sections = new ArrayList<>();
        for (Edition.Section section : edition.sections()) {
            List<PublishedEdition.Article> list = new ArrayList<>();
            for (Edition.Placement placement : section.articles()) {
                Article a = articles.byId(placement.articleId()).orElseThrow();
                list.add(article(a, section.title(), edition.date()));
            }
            if (!list.isEmpty()) {
                sections.add(new PublishedEdition.Section(section.title(), list));
            }
        }
        PublishedEdition.Officer signer = edition.forewordPostId() == null
                ? null
                : contacts.forPost(edition.forewordPostId(), edition.date())
                        .map(Publication::officer)
                        .orElse(null);
        PublishedEdition whole = new PublishedEdition(
                edition.id(),
                edition.seriesKey(),
                edition.seriesName(),
                false,
                edition.number(),
                edition.date(),
                null,
                path,
                edition.foreword().isBlank() ? "" : Markdown.toHtml(edition.foreword()),
                signer,
                sections,
                List.of());
        return reader == null ? whole : whole.forReader(reader);
    }

    /** One article as it would be published on this date, alone in an edition of one section. */
    public PublishedEdition ofArticle(Article a, LocalDate on) {
        return new PublishedEdition(
                0,
                "preview",
                "Preview",
                false,
                0,
                on,
                null,
                "/bulletins/articles/" + a.id() + "/preview",
                "",
                null,
                List.of(new PublishedEdition.Section("Preview", List.of(article(a, "Preview", on)))),
                List.of());
    }

    private PublishedEdition.Article article(Article a, String section, LocalDate on) {
        return new PublishedEdition.Article(
                a.id(),
                a.id(),
                PublishedArchive.slugOf(a.title()),
                "/bulletins/articles/" + a.id(),
                section,
                a.title(),
                a.summary(),
                Markdown.toHtml(a.body()),
                a.essential(),
                a.marketing(),
                a.audience(),
                a.hasCallToAction()
                        ? new PublishedEdition.CallToAction(a.ctaText(), a.ctaUrl(), a.ctaDeadline())
                        : null,
                a.contactPostId() == null
                        ? null
                        : contacts.forPost(a.contactPostId(), on)
                                .map(Publication::officer)
                                .orElse(null),
                List.of());
    }
}
