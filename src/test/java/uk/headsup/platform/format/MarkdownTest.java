package uk.headsup.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @Test
    void rendersWhatAuthorsWriteWithGovukStyles() {
        String html = Markdown.toHtml("""
                # Dates

                Read the [panel dates](https://example.org/fap).

                * one
                * two

                | Term | Date |
                |---|---|
                | Autumn | 7 October |

                ![Pupils reading](https://example.org/p.jpg)
                """);
        assertThat(html)
                .contains("<h2 class=\"govuk-heading-m\">Dates</h2>")
                .contains("<a href=\"https://example.org/fap\" class=\"govuk-link\">panel dates</a>")
                .contains("<ul class=\"govuk-list govuk-list--bullet\">")
                .contains("<table class=\"govuk-table\">")
                .contains("<td class=\"govuk-table__cell\">Autumn</td>")
                .contains(
                        "<img src=\"https://example.org/p.jpg\" alt=\"Pupils reading\" class=\"hu-article-image\" />");
    }

    /**
     * From the OWASP XSS filter evasion cheat sheet: none may leave a script, an event handler or a javascript: or
     * data: address in an attribute (written out as escaped text, they are harmless words).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('XSS')</script>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
                "<img src=x onerror=alert(1)>",
                "<svg/onload=alert('XSS')>",
                "<BODY ONLOAD=alert('XSS')>",
                "<iframe src=\"javascript:alert('XSS');\"></iframe>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](jav&#x09;ascript:alert(1))",
                "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](javascript:alert(1))",
                "![x\" onerror=\"alert(1)](https://example.org/x.png)",
                "[x](https://example.org/\" onmouseover=\"alert(1))",
                "<div style=\"background-image: url(javascript:alert('XSS'))\">",
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</LI></UL>",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<object data=\"javascript:alert(1)\"></object>",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "`<script>alert(1)</script>`",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>"
            })
    void filterEvasionPayloadsComeOutInert(String payload) {
        String html = Markdown.toHtml(payload).toLowerCase();
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContainPattern("(href|src|action|data)=\"[^\"]*(javascript|data:)")
                .doesNotContain("<iframe")
                .doesNotContain("<svg")
                .doesNotContain("<style")
                .doesNotContain("<meta")
                .doesNotContain("<object")
                .doesNotContain("<form")
                .doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+\\s*=");
    }

    @Test
    void theTextAloneIsKeptForSearch() {
        assertThat(Markdown.toText("# Dates\n\nThe *panel* meets [monthly](https://example.org)."))
                .isEqualTo("Dates\n\nThe panel meets monthly.");
    }
}
