package uk.headsup.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksOnTheirOwnLinesItemsStarredLinksWithTheirAddress() {
        String html = Markdown.toHtml("""
                # Dates

                Read the [panel dates](https://example.org/fap) &amp; more.

                * one
                * <https://example.org/two>

                | Term | Date |
                |---|---|
                | Autumn | 7 October |
                """);
        assertThat(HtmlText.of(html)).isEqualTo("""
                        Dates

                        Read the panel dates (https://example.org/fap) & more.

                        * one

                        * https://example.org/two

                        Term | Date |

                        Autumn | 7 October |""");
    }

    @Test
    void nothingForNothing() {
        assertThat(HtmlText.of(null)).isEmpty();
        assertThat(HtmlText.of("  ")).isEmpty();
    }
}
