package uk.headsup.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import uk.headsup.platform.format.CalendarFile.Method;

/** The calendar files Outlook and Google read, against RFC 5545's rules, read back by the library's own parser. */
class CalendarFileTest {

    static final Instant STAMP = Instant.parse("2026-01-05T10:00:00Z");

    static CalendarFile.Timed timed(LocalDateTime starts, LocalDateTime ends, String summary, String description) {
        return new CalendarFile.Timed(
                "3f2a@headsup",
                2,
                starts.atZone(CalendarFile.UK).toInstant(),
                ends.atZone(CalendarFile.UK).toInstant(),
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

    static String write(Method method, CalendarFile.Entry... entries) {
        return CalendarFile.writeString("Elmshire//Heads Up", "Meetings", method, STAMP, List.of(entries));
    }

    static VEvent only(String ics) {
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed.getEvents()).hasSize(1);
        return parsed.getEvents().get(0);
    }

    @Test
    void everyLineEndsWithCrlfIsFoldedAndUnfoldsToTheOriginalText() {
        String title = "A very long title that goes on and on — with a dash, accents (é, ü) and an emoji 📅 to fold";
        String description = "Line one\nLine two; with a semicolon, a comma and a backslash \\ and more ".repeat(3);
        String ics = write(
                Method.PUBLISH,
                timed(LocalDateTime.of(2026, 3, 12, 9, 30), LocalDateTime.of(2026, 3, 12, 16, 0), title, description));
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(75);
        }
        VEvent event = only(ics);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getDescription().getValue()).isEqualTo(description);
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:A very long title that goes on and on — with a dash\\,");
    }

    @Test
    void timesAreLocalToEuropeLondonWithItsTimeZoneInWinterAndSummer() {
        String ics = CalendarFile.writeString(
                "Heads Up",
                null,
                Method.PUBLISH,
                STAMP,
                List.of(
                        timed(
                                LocalDateTime.of(2026, 1, 15, 9, 30),
                                LocalDateTime.of(2026, 1, 15, 12, 0),
                                "Winter",
                                null),
                        timed(
                                LocalDateTime.of(2026, 7, 2, 9, 30),
                                LocalDateTime.of(2026, 7, 2, 12, 0),
                                "Summer",
                                null)));
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
        assertThat(ics).contains("TZNAME:BST\r\n").contains("TZNAME:GMT\r\n");
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20260115T093000\r\n");
        assertThat(ics).contains("DTSTART;TZID=Europe/London:20260702T093000\r\n");
        assertThat(ics).contains("DTSTAMP:20260105T100000Z\r\n");
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed.getEvents().get(1).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-07-02T08:30:00Z"));
        assertThat(parsed.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
    }

    @Test
    void aCalendarHasItsRequiredPropertiesAndAnInvitationItsAttendee() {
        String ics = write(
                Method.REQUEST,
                timed(LocalDateTime.of(2026, 3, 12, 9, 30), LocalDateTime.of(2026, 3, 12, 16, 0), "Course", null));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Elmshire/Heads Up//EN\r\n");
        assertThat(ics)
                .contains("METHOD:REQUEST\r\n")
                .contains("X-WR-CALNAME:Meetings\r\n")
                .contains("UID:3f2a@headsup\r\n")
                .contains("SEQUENCE:2\r\n")
                .contains("STATUS:CONFIRMED\r\n");
        assertThat(ics.indexOf("BEGIN:VEVENT")).isGreaterThan(ics.indexOf("END:VTIMEZONE"));
        VEvent event = only(ics);
        assertThat(event.getOrganizer().getEmail()).isEqualTo("grace.okafor@elmshire.example");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Grace Okafor");
        assertThat(event.getAttendees()).singleElement().satisfies(a -> {
            assertThat(a.getEmail()).isEqualTo("amara@school.example");
            assertThat(a.getCommonName()).isEqualTo("Amara Abbott, SENCo");
        });
        assertThat(event.getLocation().getValue()).isEqualTo("Shire Hall, Elmbridge EL1 2AB");
    }

    @Test
    void aPublishedFileInvitesNobody() {
        VEvent event = only(write(
                Method.PUBLISH,
                timed(LocalDateTime.of(2026, 7, 2, 9, 30), LocalDateTime.of(2026, 7, 2, 16, 0), "Course", null)));
        assertThat(event.getAttendees()).isEmpty();
    }

    @Test
    void aDeadlineIsADayLongEntryThatLeavesTheReaderFreeWhateverTheServersZone() {
        TimeZone before = TimeZone.getDefault();
        for (String zone : List.of("UTC", "Pacific/Auckland", "America/Los_Angeles")) {
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
            try {
                String ics = write(
                        null,
                        new CalendarFile.Day(
                                "article-42@headsup.example",
                                LocalDate.of(2026, 6, 5),
                                "Deadline: Register, please",
                                "From the bulletin",
                                "https://headsup.example/a"));
                assertThat(ics).as(zone).contains("DTSTART;VALUE=DATE:20260605\r\n");
                assertThat(ics).as(zone).contains("DTEND;VALUE=DATE:20260606\r\n");
                assertThat(ics).contains("TRANSP:TRANSPARENT\r\n").doesNotContain("METHOD:");
            } finally {
                TimeZone.setDefault(before);
            }
        }
    }

    @Test
    void aBareCarriageReturnOrOtherControlCharacterCannotStartAProperty() {
        String ics = write(
                Method.PUBLISH,
                new CalendarFile.Day(
                        "x@headsup",
                        LocalDate.of(2026, 6, 5),
                        "Register\rX-INJECTED:1\u0000\u000b",
                        "Title\rATTENDEE:mailto:attacker@example.org",
                        "https://example.org/\rX-URL-INJECTED:1"),
                new CalendarFile.Timed(
                        "y@headsup",
                        0,
                        STAMP,
                        STAMP.plusSeconds(3600),
                        "Course",
                        null,
                        null,
                        null,
                        "Grace\r\nX-NAME-INJECTED:1",
                        "grace@elmshire.example",
                        null,
                        null,
                        false));
        assertThat(ics.replace("\r\n", ""))
                .doesNotContain("\r")
                .doesNotContain("\u0000")
                .doesNotContain("\u000b");
        assertThat(Arrays.stream(ics.split("\r\n|\r|\n")).map(l -> l.split("[:;]")[0]))
                .doesNotContain("ATTENDEE", "X-INJECTED", "X-URL-INJECTED", "X-NAME-INJECTED");
        assertThat(ics).contains("SUMMARY:Register\\nX-INJECTED:1\r\n");
        assertThat(Biweekly.parse(ics).first().getEvents()).hasSize(2);
    }
}
