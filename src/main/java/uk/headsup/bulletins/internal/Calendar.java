package uk.headsup.bulletins.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import uk.headsup.platform.ActionDue;

/** Deadlines as an iCalendar file (RFC 5545): one all-day event on each deadline. */
final class Calendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Calendar() {}

    static String of(
            List<Attention.Item> items, String host, java.util.function.Function<String, String> link, Instant now) {
        return of(items, List.of(), host, link, now);
    }

    /**
     * The bulletins' deadlines and, after them, those other modules ask of the same person ({@link ActionDue}, such
     * as a safeguarding audit return): each an all-day event on its date, with a UID made from its address and
     * title so that a calendar program updates it rather than adding it twice.
     */
    static String of(
            List<Attention.Item> items,
            List<ActionDue> others,
            String host,
            java.util.function.Function<String, String> link,
            Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Heads Up//Bulletins//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:Heads Up deadlines");
        for (Attention.Item item : items) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:bulletin-article-" + item.articleId() + "-deadline@" + host);
            line(ics, "DTSTAMP:" + STAMP.format(now));
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(item.deadline()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(item.deadline().plusDays(1)));
            line(ics, "SUMMARY:" + text("Deadline: " + item.text()));
            line(
                    ics,
                    "DESCRIPTION:"
                            + text("From “" + item.articleTitle() + "” (" + item.edition() + "): "
                                    + link.apply(item.articlePath())));
            line(
                    ics,
                    "URL:" + withoutControls(item.url().startsWith("/") ? link.apply(item.url()) : item.url(), false));
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        for (ActionDue due : others) {
            String url = due.link().startsWith("/") ? link.apply(due.link()) : due.link();
            line(ics, "BEGIN:VEVENT");
            line(
                    ics,
                    "UID:due-"
                            + UUID.nameUUIDFromBytes((due.link() + "|" + due.title()).getBytes(StandardCharsets.UTF_8))
                            + "@" + host);
            line(ics, "DTSTAMP:" + STAMP.format(now));
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(due.due()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(due.due().plusDays(1)));
            line(ics, "SUMMARY:" + text("Deadline: " + due.title()));
            line(ics, "DESCRIPTION:" + text("From " + due.source() + ": " + url));
            line(ics, "URL:" + withoutControls(url, false));
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * TEXT values escape backslashes, semicolons, commas and line breaks. A bare carriage return is a line break
     * too (calendar programs end a line on it, and what followed became a property of its own); any other control
     * character is dropped.
     */
    static String text(String value) {
        return withoutControls(value.replace("\r\n", "\n").replace('\r', '\n'), true)
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }

    /** The value without control characters; line feeds are kept if asked for. */
    static String withoutControls(String value, boolean keepLineFeeds) {
        return value.replaceAll(keepLineFeeds ? "[\\p{Cntrl}&&[^\n]]" : "\\p{Cntrl}", "");
    }

    /** Lines end CRLF and fold at 75 octets, continuing with a space. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            if (!first) {
                ics.append(' ');
            }
            ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                    .append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            ics.append("\r\n");
        }
    }
}
