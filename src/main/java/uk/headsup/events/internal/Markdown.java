package uk.headsup.events.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** Event descriptions: Markdown to HTML, then only the HTML that Markdown should produce, with GOV.UK classes. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "strong", "em", "a", "h2", "h3", "h4", "br", "blockquote", "code")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    private Markdown() {}

    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String safe = POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
        return safe.replace("<p>", "<p class=\"govuk-body\">")
                .replace("<ul>", "<ul class=\"govuk-list govuk-list--bullet\">")
                .replace("<ol>", "<ol class=\"govuk-list govuk-list--number\">")
                .replace("<h2>", "<h2 class=\"govuk-heading-m\">")
                .replace("<h3>", "<h3 class=\"govuk-heading-s\">")
                .replace("<h4>", "<h4 class=\"govuk-heading-s\">")
                .replace("<a href=", "<a class=\"govuk-link\" href=");
    }
}
