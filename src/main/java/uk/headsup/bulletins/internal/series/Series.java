package uk.headsup.bulletins.internal.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A run of editions with its own name and numbering: the weekly Heads Up, the daily briefing, specials.
 *
 * @param publishDay for a weekly series, the day it comes out
 * @param publishTime when it comes out (UK time), or null for specials, published when ready
 * @param publicArchive whether anyone may read its archive, or only signed-in staff
 */
public record Series(
        long id,
        String key,
        String name,
        Kind kind,
        String description,
        List<String> defaultSections,
        DayOfWeek publishDay,
        LocalTime publishTime,
        boolean publicArchive,
        int nextNumber) {

    public enum Kind {
        WEEKLY("Weekly"),
        DAILY("Daily, on school days"),
        SPECIAL("When needed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Comes out on one day of the week, which the series names. */
        public boolean isWeekly() {
            return this == WEEKLY;
        }

        /** Comes out at a set time (weekly or daily), rather than when needed. */
        public boolean isScheduled() {
            return this != SPECIAL;
        }
    }

    /** The date of the next edition on or after this day: the weekly's day, the next weekday, or the day itself. */
    public LocalDate nextDate(LocalDate from) {
        return switch (kind) {
            case WEEKLY -> from.with(TemporalAdjusters.nextOrSame(publishDay == null ? DayOfWeek.MONDAY : publishDay));
            case DAILY ->
                from.getDayOfWeek() == DayOfWeek.SATURDAY
                        ? from.plusDays(2)
                        : from.getDayOfWeek() == DayOfWeek.SUNDAY ? from.plusDays(1) : from;
            case SPECIAL -> from;
        };
    }

    public String schedule() {
        return switch (kind) {
            case WEEKLY -> "Every " + (publishDay == null ? "Monday" : capitalised(publishDay)) + " at " + publishTime;
            case DAILY -> "Weekdays at " + publishTime;
            case SPECIAL -> "When needed";
        };
    }

    private static String capitalised(DayOfWeek day) {
        String name = day.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
