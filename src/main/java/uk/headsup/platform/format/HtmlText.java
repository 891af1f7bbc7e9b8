package uk.headsup.platform.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (what {@link Markdown} makes: paragraphs, headings, lists, links, tables) as plain text for an email's text
 * part, read with jsoup: blocks on lines of their own, list items starred, table cells separated by bars, links
 * followed by their address unless the words are the address.
 */
public final class HtmlText {

    private HtmlText() {}

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.text());
                } else if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "li" -> text.append("* ");
                        case "br" -> text.append('\n');
                        default -> {}
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "a" -> {
                            String href = element.attr("href");
                            if (!href.isBlank() && !element.text().equals(href)) {
                                text.append(" (").append(href).append(')');
                            }
                        }
                        case "td", "th" -> text.append(" | ");
                        case "p",
                                "h1",
                                "h2",
                                "h3",
                                "h4",
                                "h5",
                                "h6",
                                "li",
                                "tr",
                                "table",
                                "ul",
                                "ol",
                                "blockquote",
                                "pre",
                                "div" -> text.append("\n\n");
                        default -> {}
                    }
                }
            }
        });
        return text.toString()
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
