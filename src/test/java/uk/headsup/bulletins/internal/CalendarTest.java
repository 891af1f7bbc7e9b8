package uk.headsup.bulletins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.platform.ActionDue;

class CalendarTest {

    @Test
    void eachDeadlineIsAnAllDayEventWithEscapedTextAndFoldedLines() {
        var item = new Attention.Item(
                42,
                "Conference; booking, open",
                "/bulletins/heads-up/2/conference",
                "Register for the conference, please",
                "mailto:training@elmshire.example",
                LocalDate.of(2026, 6, 5),
                "Heads Up 2",
                ActionDue.Status.OPEN,
                false);
        String ics = Calendar.of(
                List.of(item),
                "headsup.example",
                p -> "https://headsup.example" + p,
                Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics)
                .contains("UID:bulletin-article-42-deadline@headsup.example\r\n")
                .contains("DTSTART;VALUE=DATE:20260605\r\n")
                .contains("DTEND;VALUE=DATE:20260606\r\n")
                .contains("SUMMARY:Deadline: Register for the conference\\, please\r\n");
        assertThat(ics.split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n ", ""))
                .contains(
                        "DESCRIPTION:From “Conference\\; booking\\, open” (Heads Up 2): https://headsup.example/bulletins/heads-up/2/conference");
    }
}
