package uk.headsup.bulletins.internal.archive;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Site;
import uk.headsup.platform.format.TemplateFiles;

/**
 * An Atom feed of a series' latest editions (RFC 4287), each listing its articles, rendered from the XML template
 * {@code templates/bulletins/archive/feed.xml}.
 */
@Component
public class AtomFeed {

    static final int ENTRIES = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PublishedArchive archive;
    private final Site site;
    private final Authority authority;
    private final TemplateEngine templates;

    AtomFeed(PublishedArchive archive, Site site, Authority authority) {
        this.archive = archive;
        this.site = site;
        this.authority = authority;
        this.templates = TemplateFiles.engine(TemplateMode.XML, ".xml");
    }

    /** An entry: an edition with the absolute links of its articles. */
    record Entry(String title, String link, String published, List<ArticleLink> articles) {}

    record ArticleLink(String title, String link, String summary) {}

    public String of(Series series) {
        List<PublishedEdition> editions = archive.latest(series.key(), ENTRIES).stream()
                .map(id -> archive.edition(id).orElseThrow())
                .toList();
        return render(series, editions);
    }

    String render(Series series, List<PublishedEdition> editions) {
        Instant updated = editions.stream()
                .map(PublishedEdition::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        Context context = new Context(Locale.UK);
        context.setVariable("series", series);
        context.setVariable("title", series.name() + " – " + authority.name());
        context.setVariable("self", site.link("/bulletins/" + series.key() + "/feed.atom"));
        context.setVariable("home", site.link("/bulletins/" + series.key()));
        context.setVariable("updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        context.setVariable("author", authority.team() + ", " + authority.name());
        context.setVariable(
                "entries",
                editions.stream()
                        .map(e -> new Entry(
                                e.title() + ", " + e.date().format(DAY),
                                site.link(e.path()),
                                DateTimeFormatter.ISO_INSTANT.format(e.publishedAt()),
                                e.articles().stream()
                                        .map(a -> new ArticleLink(a.title(), site.link(a.path()), a.summary()))
                                        .toList()))
                        .toList());
        return templates.process("bulletins/archive/feed", context);
    }
}
