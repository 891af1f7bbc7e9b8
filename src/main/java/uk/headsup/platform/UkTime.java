package uk.headsup.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK writes them, in UK time: "Thursday 12 March 2026", "9:30am", "midday". */
public final class UkTime {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkTime() {}

    public static ZonedDateTime uk(Instant instant) {
        return instant == null ? null : instant.atZone(UK);
    }

    public static Instant instant(LocalDateTime ukLocal) {
        return ukLocal == null ? null : ukLocal.atZone(UK).toInstant();
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(uk(instant));
    }

    public static String shortDay(Instant instant) {
        return instant == null ? "" : SHORT_DAY.format(uk(instant));
    }

    public static String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime t = uk(instant);
        if (t.getHour() == 12 && t.getMinute() == 0) {
            return "midday";
        }
        if (t.getHour() == 0 && t.getMinute() == 0) {
            return "midnight";
        }
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : ":%02d".formatted(t.getMinute());
        return hour + minutes + (t.getHour() < 12 ? "am" : "pm");
    }

    /** "Thursday 12 March 2026, 9:30am to 4pm", or across days "Thursday 12 March 2026, 9am to Friday 13 March 2026, 4pm". */
    public static String span(Instant starts, Instant ends) {
        if (uk(starts).toLocalDate().equals(uk(ends).toLocalDate())) {
            return day(starts) + ", " + time(starts) + " to " + time(ends);
        }
        return day(starts) + ", " + time(starts) + " to " + day(ends) + ", " + time(ends);
    }

    /** "5pm on Friday 6 March 2026". */
    public static String deadline(Instant instant) {
        return time(instant) + " on " + day(instant);
    }
}
