package uk.headsup.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar files Outlook and Google read, against RFC 5545's rules. */
class ICalendarTest {

    static final Instant STAMP = Instant.parse("2026-01-05T10:00:00Z");

    static ICalendar.Entry entry(LocalDateTime starts, LocalDateTime ends, String summary, String description) {
        return new ICalendar.Entry(
                "3f2a@headsup",
                2,
                UkTime.instant(starts),
                UkTime.instant(ends),
                summary,
                description,
                "Shire Hall, Elmbridge EL1 2AB",
                "https://headsup.example/events/1",
                "Grace Okafor",
                "grace.okafor@elmshire.example",
                "Amara Abbott, SENCo",
                "amara@school.example",
                false);
    }

    static String write(ICalendar.Entry... entries) {
        return new String(
                ICalendar.write("Elmshire//Heads Up", "Meetings", ICalendar.Method.REQUEST, STAMP, List.of(entries)),
                StandardCharsets.UTF_8);
    }

    @Test
    void everyLineEndsWithCrlfAndNoneIsLongerThan75Octets() {
        String ics = write(entry(
                LocalDateTime.of(2026, 3, 12, 9, 30),
                LocalDateTime.of(2026, 3, 12, 16, 0),
                "A very long title that goes on and on — with a dash, accents (é, ü) and an emoji 📅 to fold across lines",
                "Line one\nLine two; with a semicolon, a comma and a backslash \\ and more text to fold ".repeat(3)));
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void foldingNeverSplitsACharacterAndUnfoldsToTheOriginal() {
        String value = "é".repeat(100) + "📅".repeat(30);
        String folded = ICalendar.fold("SUMMARY:" + value);
        String unfolded = folded.replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("SUMMARY:" + value + "\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEqualTo(line);
        }
        assertThat(Arrays.stream(folded.split("\r\n")).skip(1)).allMatch(l -> l.startsWith(" "));
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.text("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
        String ics = write(entry(
                LocalDateTime.of(2026, 3, 12, 9, 30),
                LocalDateTime.of(2026, 3, 12, 16, 0),
                "FAP panel; room 1, Shire Hall",
                null));
        assertThat(ics).contains("SUMMARY:FAP panel\\; room 1\\, Shire Hall\r\n");
        assertThat(ics).contains("ATTENDEE;CN=\"Amara Abbott, SENCo\";ROLE=REQ-PARTICIPANT");
    }

    @Test
    void timesAreLocalToEuropeLondonWithItsTimeZoneInWinterAndSummer() {
        String ics = write(
                entry(LocalDateTime.of(2026, 1, 15, 9, 30), LocalDateTime.of(2026, 1, 15, 12, 0), "Winter", null),
                entry(LocalDateTime.of(2026, 7, 2, 9, 30), LocalDateTime.of(2026, 7, 2, 12, 0), "Summer", null));
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
        assertThat(ics).contains("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n");
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n");
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20260115T093000\r\n");
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20260702T093000\r\n");
        assertThat(ics).contains("DTSTAMP:20260105T100000Z\r\n");
    }

    @Test
    void aCalendarHasItsRequiredPropertiesAndTheEntryItsUidAndSequence() {
        String ics = write(
                entry(LocalDateTime.of(2026, 3, 12, 9, 30), LocalDateTime.of(2026, 3, 12, 16, 0), "Course", null));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Elmshire/Heads Up//EN\r\n");
        assertThat(ics)
                .contains("METHOD:REQUEST\r\n")
                .contains("UID:3f2a@headsup\r\n")
                .contains("SEQUENCE:2\r\n");
        assertThat(ics).contains("ORGANIZER;CN=\"Grace Okafor\":mailto:grace.okafor@elmshire.example\r\n");
        assertThat(ics.indexOf("BEGIN:VEVENT")).isGreaterThan(ics.indexOf("END:VTIMEZONE"));
        assertThat(ics).endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void aPublishedFileInvitesNobodyAndAnInvitationNamesItsAttendeeBothReadByACalendarLibrary() {
        ICalendar.Entry course = entry(
                LocalDateTime.of(2026, 7, 2, 9, 30),
                LocalDateTime.of(2026, 7, 2, 16, 0),
                "Course; day 1",
                "Bring, a pen");
        biweekly.ICalendar published = biweekly.Biweekly.parse(new String(
                        ICalendar.write("Elmshire//Heads Up", null, ICalendar.Method.PUBLISH, STAMP, List.of(course)),
                        StandardCharsets.UTF_8))
                .first();
        assertThat(published.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(published.getEvents().get(0).getAttendees()).isEmpty();
        assertThat(published.getEvents().get(0).getSummary().getValue()).isEqualTo("Course; day 1");
        assertThat(published.getEvents().get(0).getDescription().getValue()).isEqualTo("Bring, a pen");

        biweekly.ICalendar invitation = biweekly.Biweekly.parse(write(course)).first();
        assertThat(invitation.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(invitation.getEvents().get(0).getAttendees())
                .extracting(a -> a.getEmail())
                .containsExactly("amara@school.example");
    }
}
