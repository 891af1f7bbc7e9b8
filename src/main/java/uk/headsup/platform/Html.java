package uk.headsup.platform;

import org.springframework.web.util.HtmlUtils;

/**
 * Markup written in Java for the long, plain parts of a page: a results table of 50 rows is some 500 Thymeleaf
 * expressions, each looked up through the request's attributes, and was most of a search page's rendering. The
 * template places the result with {@code th:utext}. Constant markup goes in with {@link #raw}, every value with
 * {@link #text}, which escapes it; nothing else is written.
 */
public final class Html {

    private final StringBuilder out;

    public Html(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Markup written in the source, never a value. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A value as text, escaped; nothing for null. */
    public Html text(Object value) {
        if (value != null) {
            out.append(HtmlUtils.htmlEscape(value.toString()));
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
