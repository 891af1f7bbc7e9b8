package uk.headsup.bulletins.internal.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.platform.ActionDue;

/** Issue 20, item 7: a bare carriage return injected properties into calendar programs that end lines on it. */
class CalendarInjectionTest {

    @Test
    void aBareCarriageReturnOrOtherControlCharacterCannotStartAProperty() {
        var item = new Attention.Item(
                7,
                "Title\rATTENDEE:mailto:attacker@example.org",
                "/bulletins/heads-up/2/x",
                "Register\rX-INJECTED:1\u0000\u000b",
                "https://example.org/\rX-URL-INJECTED:1",
                LocalDate.of(2026, 6, 5),
                "Heads Up 2",
                ActionDue.Status.OPEN,
                false);
        String ics = Calendar.of(
                List.of(item),
                "headsup.example",
                p -> "https://headsup.example" + p,
                Instant.parse("2026-05-01T10:00:00Z"));

        assertThat(ics.replace("\r\n", ""))
                .doesNotContain("\r")
                .doesNotContain("\u0000")
                .doesNotContain("\u000b");
        assertThat(Arrays.stream(ics.split("\r\n|\r|\n")).map(l -> l.split("[:;]")[0]))
                .doesNotContain("ATTENDEE", "X-INJECTED", "X-URL-INJECTED");
        assertThat(ics).contains("SUMMARY:Deadline: Register\\nX-INJECTED:1\r\n");
    }
}
