package uk.headsup.bulletins.internal.delivery;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Sanitised HTML (what bulletins' Markdown makes: paragraphs, headings, lists, links, tables) as plain text for an
 * email's text part: blocks on lines of their own, list items starred, links followed by their address.
 */
final class HtmlText {

    private static final Pattern LINK = Pattern.compile("(?is)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>");
    private static final Pattern BLOCK_END =
            Pattern.compile("(?i)</(p|h[1-6]|li|tr|table|ul|ol|blockquote|pre)>|<br\\s*/?>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlText() {}

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = LINK.matcher(html).replaceAll(m -> {
            String href = m.group(1);
            String words = m.group(2);
            return java.util.regex.Matcher.quoteReplacement(words
                    + (href.isBlank() || TAG.matcher(words).replaceAll("").equals(href) ? "" : " (" + href + ")"));
        });
        text = ITEM.matcher(text).replaceAll("* ");
        text = CELL.matcher(text).replaceAll(" | ");
        text = BLOCK_END.matcher(text).replaceAll("\n\n");
        text = HtmlUtils.htmlUnescape(TAG.matcher(text).replaceAll(""));
        return text.replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
