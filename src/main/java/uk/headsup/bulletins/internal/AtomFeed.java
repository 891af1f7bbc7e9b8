package uk.headsup.bulletins.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Site;

/** An Atom feed of a series' latest editions (RFC 4287), each listing its articles. */
@Component
class AtomFeed {

    static final int ENTRIES = 20;
    private final PublishedArchive archive;
    private final Site site;
    private final Authority authority;

    AtomFeed(PublishedArchive archive, Site site, Authority authority) {
        this.archive = archive;
        this.site = site;
        this.authority = authority;
    }

    String of(Series series) {
        List<PublishedEdition> editions = archive.latest(series.key(), ENTRIES).stream()
                .map(id -> archive.edition(id).orElseThrow())
                .toList();
        Instant updated = editions.stream()
                .map(PublishedEdition::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(xml, "title", series.name() + " – " + authority.name());
        element(xml, "subtitle", series.description());
        xml.append("  <link rel=\"self\" href=\"")
                .append(escape(site.link("/bulletins/" + series.key() + "/feed.atom")))
                .append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(escape(site.link("/bulletins/" + series.key())))
                .append("\"/>\n");
        element(xml, "id", site.link("/bulletins/" + series.key()));
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        xml.append("  <author><name>")
                .append(escape(authority.team() + ", " + authority.name()))
                .append("</name></author>\n");
        for (PublishedEdition e : editions) {
            xml.append("  <entry>\n");
            element(
                    xml,
                    "title",
                    e.title() + ", "
                            + e.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(escape(site.link(e.path())))
                    .append("\"/>\n");
            element(xml, "id", site.link(e.path()));
            element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(e.publishedAt()));
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(e.publishedAt()));
            StringBuilder html = new StringBuilder("<ul>");
            for (PublishedEdition.Article a : e.articles()) {
                html.append("<li><a href=\"")
                        .append(HtmlUtils.htmlEscape(site.link(a.path())))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(a.title()))
                        .append("</a>: ")
                        .append(HtmlUtils.htmlEscape(a.summary()))
                        .append("</li>");
            }
            html.append("</ul>");
            xml.append("    <content type=\"html\">")
                    .append(escape(html.toString()))
                    .append("</content>\n");
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append("  <")
                .append(name)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(name)
                .append(">\n");
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
