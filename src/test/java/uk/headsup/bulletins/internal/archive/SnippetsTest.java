package uk.headsup.bulletins.internal.archive;

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
    void wordsMatchWhateverTheirCaseAndApostrophes() {
        assertThat(Snippets.of("The SENCO’s role in co-production.", List.of("senco", "co-product")))
                .isEqualTo("The <mark>SENCO&rsquo;s</mark> role in <mark>co-production</mark>.");
        assertThat(Snippets.of("Pupils’ voice", List.of("pupils'"))).isEqualTo("<mark>Pupils&rsquo;</mark> voice");
        assertThat(Snippets.of("Sen", List.of("send")))
                .as("a word shorter than the stem")
                .isEmpty();
    }

    @Test
    void nothingToShowWithoutAMatch() {
        assertThat(Snippets.of("Nothing about it here.", List.of("phonic"))).isEmpty();
    }
}
