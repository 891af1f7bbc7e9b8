package uk.headsup.platform.format;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Writes iCalendar files (RFC 5545) on the biweekly library: it escapes TEXT values and folds lines; this class
 * adds what Heads Up needs on top. Times are written in Europe/London with its VTIMEZONE, so Outlook and Google
 * agree on summer time; a day-long deadline is a DATE value. Control characters other than line breaks are dropped
 * and a bare carriage return becomes a line break, so no text can start a property of its own in a calendar
 * program that ends lines on CR. The one iCalendar writer of Heads Up: events' invitations and feeds, bulletins'
 * deadlines and any later calendar go through it.
 */
public final class CalendarFile {

    /**
     * REQUEST only where Heads Up is the organiser inviting someone (a booking confirmation's attachment), CANCEL to
     * withdraw such an invitation, PUBLISH for every file a person downloads or subscribes to.
     */
    public enum Method {
        REQUEST,
        CANCEL,
        PUBLISH
    }

    /** One calendar entry: a {@link Timed} meeting or session, or a day-long {@link Day} such as a deadline. */
    public sealed interface Entry permits Timed, Day {}

    /** An entry with times; the attendee is named only in an invitation (REQUEST or CANCEL). */
    public record Timed(
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
            boolean cancelled)
            implements Entry {}

    /** A day-long entry that does not make the reader busy (a deadline). */
    public record Day(String uid, LocalDate day, String summary, String description, String url) implements Entry {}

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private CalendarFile() {}

    /** The whole calendar as UTF-8 bytes. A null method writes none (a plain feed of entries). */
    public static byte[] write(
            String productName, String calendarName, Method method, Instant stamp, List<? extends Entry> entries) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//" + productName.replace("//", "/") + "//EN");
        ical.setCalendarScale(CalendarScale.gregorian());
        if (method != null) {
            ical.setMethod(method.name());
        }
        if (calendarName != null) {
            ical.setExperimentalProperty("X-WR-CALNAME", text(calendarName));
            ical.setExperimentalProperty("X-WR-TIMEZONE", UK.getId());
        }
        for (Entry entry : entries) {
            ical.addEvent(entry instanceof Timed t ? timed(t, method, stamp) : day((Day) entry, stamp));
        }
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(UK), europeLondon()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            // The library folds by characters and keeps an escape sequence whole, which can add one: 74 keeps every
            // line within RFC 5545's 75 (octets only for ASCII; parsers accept longer lines of other text).
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(74);
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@link #write} as a string. */
    public static String writeString(
            String productName, String calendarName, Method method, Instant stamp, List<? extends Entry> entries) {
        return new String(write(productName, calendarName, method, stamp, entries), StandardCharsets.UTF_8);
    }

    private static VEvent timed(Timed e, Method method, Instant stamp) {
        VEvent event = common(e.uid(), stamp, e.summary(), e.description(), e.url());
        event.setSequence(e.sequence());
        event.setDateStart(new DateStart(Date.from(e.starts()), true));
        event.setDateEnd(new DateEnd(Date.from(e.ends()), true));
        if (present(e.location())) {
            event.setLocation(text(e.location()));
        }
        if (e.organiserEmail() != null) {
            Organizer organiser = new Organizer(name(e.organiserName()), e.organiserEmail());
            event.setOrganizer(organiser);
        }
        // A published file is one a person adds to their own calendar: it invites nobody, so names no attendee.
        if (e.attendeeEmail() != null && method != null && method != Method.PUBLISH) {
            Attendee attendee = new Attendee(name(e.attendeeName()), e.attendeeEmail());
            attendee.setRole(Role.ATTENDEE);
            attendee.setParticipationStatus(ParticipationStatus.ACCEPTED);
            attendee.setRsvp(false);
            event.addAttendee(attendee);
        }
        event.setStatus(e.cancelled() ? Status.cancelled() : Status.confirmed());
        event.setTransparency(false);
        return event;
    }

    private static VEvent day(Day d, Instant stamp) {
        VEvent event = common(d.uid(), stamp, d.summary(), d.description(), d.url());
        event.setDateStart(new DateStart(date(d.day()), false));
        event.setDateEnd(new DateEnd(date(d.day().plusDays(1)), false));
        event.setTransparency(true);
        return event;
    }

    private static VEvent common(String uid, Instant stamp, String summary, String description, String url) {
        VEvent event = new VEvent();
        event.setUid(text(uid));
        event.setDateTimeStamp(Date.from(stamp));
        event.setSummary(text(summary));
        if (present(description)) {
            event.setDescription(text(description));
        }
        if (present(url)) {
            event.setUrl(url.replaceAll("\\p{Cntrl}", ""));
        }
        return event;
    }

    /**
     * A TEXT value as the library should escape it: a bare carriage return is a line break (calendar programs end
     * a line on it, and what followed became a property of its own); any other control character is dropped.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n]]", "");
    }

    /** A parameter value (a person's name): no double quotes or control characters can appear in one at all. */
    static String name(String value) {
        return value == null ? "" : value.replace("\"", "'").replaceAll("\\p{Cntrl}", " ");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A day as the library reads a DATE value: midnight in the JVM's zone, which it formats back to that day. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Europe/London since 1996 (EU rules): BST from the last Sunday of March, GMT from the last of October. */
    private static VTimezone europeLondon() {
        VTimezone zone = new VTimezone(UK.getId());
        zone.setExperimentalProperty("X-LIC-LOCATION", UK.getId());
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 0, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        summer.addTimezoneName("BST");
        summer.setDateStart(new DateTimeComponents(1970, 3, 29, 1, 0, 0, false));
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY)
                .byMonth(3)
                .byDay(-1, DayOfWeek.SUNDAY)
                .build());
        zone.addDaylightSavingsTime(summer);
        StandardTime winter = new StandardTime();
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 0, 0));
        winter.addTimezoneName("GMT");
        winter.setDateStart(new DateTimeComponents(1970, 10, 25, 2, 0, 0, false));
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY)
                .byMonth(10)
                .byDay(-1, DayOfWeek.SUNDAY)
                .build());
        zone.addStandardTime(winter);
        return zone;
    }
}
