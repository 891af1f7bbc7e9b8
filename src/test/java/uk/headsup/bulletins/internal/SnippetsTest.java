package uk.headsup.bulletins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void stemsComeFromTheQueryTreeWithoutNegatedOnes() {
        assertThat(Snippets.stems("'safeguard' & 'train' & !'snow'")).containsExactly("safeguard", "train");
        assertThat(Snippets.stems("'fair' <-> 'access'")).containsExactly("fair", "access");
        assertThat(Snippets.stems(null)).isEmpty();
    }

    @Test
    void marksTheWordsInTheBusiestPassageAndEscapesTheRest() {
        String text = "Word ".repeat(40) + "Safeguarding <b>training</b> for designated leads. " + "Other ".repeat(40);
        String html = Snippets.of(text, List.of("safeguard", "train"));
        assertThat(html)
                .startsWith("… ")
                .endsWith(" …")
                .contains("<mark>Safeguarding</mark> &lt;b&gt;<mark>training</mark>&lt;/b&gt; for designated leads.")
                .doesNotContain("<b>");
    }

    @Test
    void nothingToShowWithoutAMatch() {
        assertThat(Snippets.of("Nothing about it here.", List.of("phonic"))).isEmpty();
    }
}
