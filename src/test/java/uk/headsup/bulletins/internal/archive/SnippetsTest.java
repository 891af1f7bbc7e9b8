package uk.headsup.bulletins.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void stemsComeFromTheQueryTreeWithoutNegatedOnes() {
        assertThat(Snippets.stems("'safeguard' & 'train' & !'snow'")).containsExactly("safeguard", "train");
        assertThat(Snippets.stems("'fair' <-> 'access'")).containsExactly("fair", "access");
        assertThat(Snippets.stems(null)).isEmpty();
    }

    @Test
    void marksTheWordsInTheBusiestPassageAndLeavesTheTextAsItIs() {
        String text = "Word ".repeat(40) + "Safeguarding <b>training</b> for\ndesignated leads. " + "Other ".repeat(40);
        List<Snippets.Part> parts = Snippets.of(text, List.of("safeguard", "train"));
        assertThat(parts).extracting(Snippets.Part::match).containsExactly("Safeguarding", "training", "");
        assertThat(shown(parts))
                .as("the template escapes the text; a line break becomes a space")
                .startsWith("… ")
                .endsWith(" …")
                .contains("[Safeguarding] <b>[training]</b> for designated leads.");
    }

    @Test
    void wordsMatchWhateverTheirCaseAndApostrophes() {
        assertThat(shown(Snippets.of("The SENCO’s role in co-production.", List.of("senco", "co-product"))))
                .isEqualTo("The [SENCO’s] role in [co-production].");
        assertThat(shown(Snippets.of("Pupils’ voice", List.of("pupils'")))).isEqualTo("[Pupils’] voice");
        assertThat(Snippets.of("Sen", List.of("send")))
                .as("a word shorter than the stem")
                .isEmpty();
    }

    @Test
    void theStemmersFinalIAndEAsPostgreSqlMakesThem() {
        assertThat(shown(Snippets.of("Our safety policy, and policies.", List.of("safeti", "polici"))))
                .isEqualTo("Our [safety] [policy], and [policies].");
        assertThat(Snippets.of("Polish", List.of("polici")))
                .as("only a y in the i's place")
                .isEmpty();
        assertThat(shown(Snippets.of("No hating, happily.", List.of("hate", "happili"))))
                .isEqualTo("No [hating], [happily].");
    }

    @Test
    void aMatchAtTheEndLeavesNoEmptyPart() {
        assertThat(Snippets.of("Book the training ", List.of("train")))
                .containsExactly(new Snippets.Part("Book the ", "training"));
    }

    @Test
    void nothingToShowWithoutAMatch() {
        assertThat(Snippets.of("Nothing about it here.", List.of("phonic"))).isEmpty();
    }

    /** The passage as the page shows it, each match in brackets where the page marks it. */
    private static String shown(List<Snippets.Part> parts) {
        return parts.stream()
                .map(p -> p.text() + (p.marked() ? "[" + p.match() + "]" : ""))
                .collect(Collectors.joining());
    }
}
