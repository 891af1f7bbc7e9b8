package uk.headsup.bulletins.internal.attention;

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

    @Test
    void anotherModulesDeadlineIsAnAllDayEventWithAStableUid() {
        var due = new ActionDue(
                "Complete Elm Primary School's safeguarding audit return (in progress)",
                LocalDate.of(2027, 1, 15),
                "/safeguarding/returns/7",
                "Safeguarding audit 2026",
                "/safeguarding/my",
                ActionDue.Status.OPEN);
        String ics = Calendar.of(
                List.of(),
                List.of(due),
                "headsup.example",
                p -> "https://headsup.example" + p,
                Instant.parse("2026-12-01T10:00:00Z"));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .containsPattern("UID:due-[0-9a-f-]{36}@headsup.example\r\n")
                .contains("DTSTART;VALUE=DATE:20270115\r\n")
                .contains("DTEND;VALUE=DATE:20270116\r\n")
                .contains("SUMMARY:Deadline: Complete Elm Primary School's safeguarding audit return (in progress)\r\n")
                .contains("URL:https://headsup.example/safeguarding/returns/7\r\n");
        String again = Calendar.of(
                List.of(), List.of(due), "headsup.example", p -> "https://headsup.example" + p, Instant.now());
        assertThat(again.replace("\r\n ", "").lines().filter(l -> l.startsWith("UID:")))
                .containsExactlyElementsOf(
                        unfolded.lines().filter(l -> l.startsWith("UID:")).toList());
    }
}
