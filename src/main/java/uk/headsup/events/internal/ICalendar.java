package uk.headsup.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A small iCalendar writer (RFC 5545): CRLF line endings, lines folded at 75 octets without splitting a UTF-8
 * character, TEXT values escaped, times in Europe/London with its VTIMEZONE (so Outlook and Google agree on
 * summer time), and a UID that stays the same for the same booking or meeting, so an update replaces the entry.
 */
public final class ICalendar {

    /**
     * REQUEST only where Heads Up is the organiser inviting someone (the booking confirmation's attachment), CANCEL
     * to withdraw such an invitation, PUBLISH for every file a person downloads or subscribes to.
     */
    public enum Method {
        REQUEST,
        CANCEL,
        PUBLISH
    }

    /** One calendar entry. */
    public record Entry(
            String uid,
            int sequence,
            Instant starts,
            Instant ends,
            String summary,
            String description,
            String location,
            String url,
            String organiserName,
            String organiserEmail,
            String attendeeName,
            String attendeeEmail,
            boolean cancelled) {}

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static final List<String> EUROPE_LONDON = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "X-LIC-LOCATION:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private ICalendar() {}

    /** The whole calendar as UTF-8 bytes. */
    public static byte[] write(
            String productName, String calendarName, Method method, Instant stamp, List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//" + productName.replace("//", "/") + "//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method.name());
        if (calendarName != null) {
            lines.add("X-WR-CALNAME:" + text(calendarName));
            lines.add("X-WR-TIMEZONE:Europe/London");
        }
        lines.addAll(EUROPE_LONDON);
        for (Entry e : entries) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + text(e.uid()));
            lines.add("SEQUENCE:" + e.sequence());
            lines.add("DTSTAMP:" + UTC.format(stamp));
            lines.add("DTSTART;TZID=Europe/London:" + LOCAL.format(UkTime.uk(e.starts())));
            lines.add("DTEND;TZID=Europe/London:" + LOCAL.format(UkTime.uk(e.ends())));
            lines.add("SUMMARY:" + text(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                lines.add("DESCRIPTION:" + text(e.description()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                lines.add("LOCATION:" + text(e.location()));
            }
            if (e.url() != null) {
                lines.add("URL:" + e.url());
            }
            if (e.organiserEmail() != null) {
                lines.add("ORGANIZER;CN=" + param(e.organiserName()) + ":mailto:" + e.organiserEmail());
            }
            // A published file is one a person adds to their own calendar: it invites nobody, so names no attendee.
            if (e.attendeeEmail() != null && method != Method.PUBLISH) {
                lines.add("ATTENDEE;CN=" + param(e.attendeeName())
                        + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:" + e.attendeeEmail());
            }
            lines.add("STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            lines.add("TRANSP:OPAQUE");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value: quoted, as names may hold commas or colons; double quotes cannot appear in one at all. */
    static String param(String value) {
        String clean = value == null ? "" : value.replace("\"", "'").replaceAll("[\\p{Cntrl}]", " ");
        return "\"" + clean + "\"";
    }

    /**
     * Folds a content line so that no line is longer than 75 octets, not counting CRLF (RFC 5545 3.1): each
     * continuation starts with a space; a multi-octet UTF-8 character is never split.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
