package uk.headsup.bulletins.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Site;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final AtomFeed feed = new AtomFeed(
            null,
            new Site(URI.create("https://headsup.example")),
            new Authority("Elmshire & District Council", "Heads Up", "Education <Services>", "", "", List.of()));

    private final Series series = new Series(
            1,
            "heads-up",
            "Heads Up",
            Series.Kind.WEEKLY,
            "News for schools \"every\" week",
            List.of(),
            DayOfWeek.MONDAY,
            LocalTime.NOON,
            true,
            3);

    @Test
    void theFeedIsAtomWithAnIdTitleAndUpdatedForTheFeedAndEachEdition() throws Exception {
        Instant first = Instant.parse("2026-11-02T08:00:00Z");
        Instant second = Instant.parse("2026-11-09T08:00:00Z");
        Document atom = parse(feed.render(
                series,
                List.of(
                        edition(2, LocalDate.of(2026, 11, 9), second, "Panel dates <& rooms>", "Bring \"one\" case"),
                        edition(1, LocalDate.of(2026, 11, 2), first, "Book fair", "At Shire Hall"))));

        Element root = atom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).isEqualTo("https://headsup.example/bulletins/heads-up");
        assertThat(child(root, "title")).isEqualTo("Heads Up – Elmshire & District Council");
        assertThat(child(root, "subtitle")).isEqualTo("News for schools \"every\" week");
        assertThat(child(root, "updated")).isEqualTo("2026-11-09T08:00:00Z");
        assertThat(DateTimeFormatter.ISO_INSTANT.parse(child(root, "updated"))).isNotNull();
        assertThat(((Element) root.getElementsByTagNameNS(ATOM, "author").item(0))
                        .getElementsByTagNameNS(ATOM, "name")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Education <Services>, Elmshire & District Council");
        List<String> links = new ArrayList<>();
        NodeList feedLinks = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < feedLinks.getLength(); i++) {
            Element link = (Element) feedLinks.item(i);
            if (link.getParentNode() == root) {
                links.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
            }
        }
        assertThat(links)
                .containsExactly(
                        "self https://headsup.example/bulletins/heads-up/feed.atom",
                        "alternate https://headsup.example/bulletins/heads-up");

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element latest = (Element) entries.item(0);
        assertThat(child(latest, "title")).isEqualTo("Heads Up 2, 9 November 2026");
        assertThat(child(latest, "id")).isEqualTo("https://headsup.example/bulletins/heads-up/2");
        assertThat(child(latest, "updated")).isEqualTo("2026-11-09T08:00:00Z");
        assertThat(child(latest, "published")).isEqualTo("2026-11-09T08:00:00Z");
        Element content =
                (Element) latest.getElementsByTagNameNS(ATOM, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("xhtml");
        Element anchor = (Element) content.getElementsByTagNameNS(XHTML, "a").item(0);
        assertThat(anchor.getAttribute("href")).isEqualTo("https://headsup.example/bulletins/heads-up/2/article");
        assertThat(anchor.getTextContent()).isEqualTo("Panel dates <& rooms>");
        assertThat(content.getElementsByTagNameNS(XHTML, "li").item(0).getTextContent())
                .isEqualTo("Panel dates <& rooms>: Bring \"one\" case");
        assertThat(child((Element) entries.item(1), "id")).isEqualTo("https://headsup.example/bulletins/heads-up/1");
    }

    @Test
    void aSeriesWithNoEditionYetIsAnEmptyFeed() throws Exception {
        Element root = parse(feed.render(series, List.of())).getDocumentElement();
        assertThat(root.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
        assertThat(child(root, "updated")).isEqualTo("1970-01-01T00:00:00Z");
    }

    private static PublishedEdition edition(int number, LocalDate date, Instant at, String title, String summary) {
        String path = "/bulletins/heads-up/" + number;
        PublishedEdition.Article article = new PublishedEdition.Article(
                number * 10L,
                number,
                "article",
                path + "/article",
                "News",
                title,
                summary,
                "<p>Body</p>",
                false,
                false,
                ArticleAudience.everyone(),
                null,
                null,
                List.of());
        return new PublishedEdition(
                number,
                "heads-up",
                "Heads Up",
                true,
                number,
                date,
                at,
                path,
                "",
                null,
                List.of(new PublishedEdition.Section("News", List.of(article))),
                List.of());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of the element's own child of that name (not a descendant's). */
    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }
}
