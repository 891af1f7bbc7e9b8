package uk.headsup.platform.format;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one Markdown pipeline of Heads Up (commonmark, then the OWASP sanitiser). Markdown as authors write it (headings, lists, links, tables, images with alt text) to HTML that is safe to
 * show: raw HTML in the Markdown is escaped, and the result passes a sanitiser that keeps only what Markdown
 * produces, links and images with http, https or mailto addresses or addresses on this site, and GOV.UK classes.
 * Headings move down one level ({@code #} becomes {@code h2}): the page's own title is its only {@code h1}.
 * A {@link Policy} says how much of Markdown a kind of text may use: a bulletin article everything above, an event
 * description no images or tables, and its links marked {@code rel="nofollow"}.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new GovukClasses())
            .build();

    /** How much of Markdown a kind of text may use. */
    public enum Policy {
        /** Bulletin articles and forewords: headings, lists, links, tables, images with alt text. */
        ARTICLE,
        /** Descriptions written in a form (events): paragraphs, headings, lists and links only. */
        DESCRIPTION
    }

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "em",
                    "strong",
                    "code",
                    "pre",
                    "blockquote",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(Pattern.compile("(hu|govuk)-[a-z0-9_-]+( (hu|govuk)-[a-z0-9_-]+)*"))
            .globally()
            .toFactory();

    private static final PolicyFactory DESCRIPTION = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "strong", "em", "a", "h2", "h3", "h4", "br", "blockquote", "code")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("class")
            .matching(Pattern.compile("(hu|govuk)-[a-z0-9_-]+( (hu|govuk)-[a-z0-9_-]+)*"))
            .globally()
            .toFactory();

    private Markdown() {}

    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** Sanitised HTML of an article, for the page and emails. */
    public static String toHtml(String markdown) {
        return toHtml(markdown, Policy.ARTICLE);
    }

    /** Sanitised HTML under the policy for this kind of text; empty for no text. */
    public static String toHtml(String markdown, Policy policy) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
        String html = RENDERER.render(document);
        return policy == Policy.ARTICLE ? sanitise(html) : DESCRIPTION.sanitize(html);
    }

    public static String sanitise(String html) {
        return POLICY.sanitize(html);
    }

    /** The words alone, paragraph by paragraph, for search and the plain-text email. */
    public static String toText(String markdown) {
        StringBuilder text = new StringBuilder();
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append("\n\n");
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append("\n\n");
            }
        });
        return text.toString().strip();
    }

    /** GOV.UK Frontend's typography for what Markdown makes. */
    private static final class GovukClasses implements AttributeProvider {
        private static final Map<String, String> CLASSES = Map.ofEntries(
                Map.entry("p", "govuk-body"),
                Map.entry("h2", "govuk-heading-m"),
                Map.entry("h3", "govuk-heading-s"),
                Map.entry("h4", "govuk-heading-s"),
                Map.entry("h5", "govuk-heading-s"),
                Map.entry("h6", "govuk-heading-s"),
                Map.entry("ul", "govuk-list govuk-list--bullet"),
                Map.entry("ol", "govuk-list govuk-list--number"),
                Map.entry("a", "govuk-link"),
                Map.entry("blockquote", "govuk-inset-text"),
                Map.entry("hr", "govuk-section-break govuk-section-break--m govuk-section-break--visible"),
                Map.entry("table", "govuk-table"),
                Map.entry("thead", "govuk-table__head"),
                Map.entry("tbody", "govuk-table__body"),
                Map.entry("tr", "govuk-table__row"),
                Map.entry("th", "govuk-table__header"),
                Map.entry("td", "govuk-table__cell"),
                Map.entry("img", "hu-article-image"),
                Map.entry("pre", "hu-pre"));

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String css = CLASSES.get(tagName);
            if (css != null) {
                attributes.put("class", css);
            }
            attributes.remove("align");
        }
    }
}
