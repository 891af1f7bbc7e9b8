package uk.headsup.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's header checks without regular expressions answer as Spring Security's own expressions do. */
class HeaderCharactersTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCharacterAloneAndInText() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String alone = new String(Character.toChars(cp));
            String inText = "gzip, " + alone + " deflate";
            assertSame(alone);
            assertSame(inText);
        }
    }

    @Test
    void loneSurrogatesAndRandomText() {
        assertSame("a\uD800b");
        assertSame("\uDC00");
        assertSame("\uD83D\uDE00 smile");
        Random random = new Random(28);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x60) : random.nextInt(0x10000)));
            }
            assertSame(text.toString());
        }
    }

    @Test
    void theHeadersBrowsersSend() {
        assertThat(HeaderCharacters.name("Accept-Encoding")).isTrue();
        assertThat(HeaderCharacters.value("gzip, deflate, br")).isTrue();
        assertThat(HeaderCharacters.value("a\tb")).isTrue();
        assertThat(HeaderCharacters.name("a\tb")).isFalse();
        assertThat(HeaderCharacters.value("a\r\nSet-Cookie: x")).isFalse();
    }

    private static void assertSame(String text) {
        assertThat(HeaderCharacters.name(text))
                .as("name %s", text.codePoints().toArray())
                .isEqualTo(NAMES.matcher(text).matches());
        assertThat(HeaderCharacters.value(text))
                .as("value %s", text.codePoints().toArray())
                .isEqualTo(VALUES.matcher(text).matches());
    }
}
