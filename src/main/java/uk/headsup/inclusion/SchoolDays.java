package uk.headsup.inclusion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The authority's school days: weekdays inside a term that are not in a half-term, an INSET day or a bank
 * holiday. Deadlines ("within 15 school days", "from the sixth school day") are counted on it. Outside the years
 * whose term dates are known (before the first term or after the last), every weekday counts, so that a deadline
 * is never lost for want of next year's dates.
 */
public final class SchoolDays {

    /** What a day is on the calendar. */
    public enum Kind {
        TERM("Term"),
        HALF_TERM("Half-term"),
        INSET("INSET day"),
        BANK_HOLIDAY("Bank holiday");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of the term dates: a term, or a break or day off within one (inclusive dates). */
    public record Period(String academicYear, Kind kind, String name, LocalDate startsOn, LocalDate endsOn) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }
    }

    private final List<Period> terms;
    private final List<Period> breaks;
    private final NavigableSet<LocalDate> schoolDays = new TreeSet<>();
    private final LocalDate first;
    private final LocalDate last;

    public SchoolDays(Collection<Period> periods) {
        this.terms = periods.stream().filter(p -> p.kind() == Kind.TERM).toList();
        this.breaks = periods.stream().filter(p -> p.kind() != Kind.TERM).toList();
        for (Period term : terms) {
            for (LocalDate d = term.startsOn(); !d.isAfter(term.endsOn()); d = d.plusDays(1)) {
                LocalDate day = d;
                if (weekday(day) && breaks.stream().noneMatch(b -> b.covers(day))) {
                    schoolDays.add(day);
                }
            }
        }
        this.first =
                terms.stream().map(Period::startsOn).min(LocalDate::compareTo).orElse(null);
        this.last = terms.stream().map(Period::endsOn).max(LocalDate::compareTo).orElse(null);
    }

    public boolean isSchoolDay(LocalDate date) {
        if (!known(date)) {
            return weekday(date);
        }
        return schoolDays.contains(date);
    }

    /** Whether the date falls within the known term dates (from the first term's start to the last term's end). */
    public boolean known(LocalDate date) {
        return first != null && !date.isBefore(first) && !date.isAfter(last);
    }

    /** The holiday or day off the date falls in, if it is not a school day ("Summer holidays" between terms). */
    public Optional<String> closedFor(LocalDate date) {
        if (isSchoolDay(date)) {
            return Optional.empty();
        }
        if (!weekday(date)) {
            return Optional.of("a weekend");
        }
        return breaks.stream()
                .filter(b -> b.covers(date))
                .map(Period::name)
                .findFirst()
                .or(() -> Optional.of("the school holidays"));
    }

    /**
     * The school day {@code n} school days after {@code date} (n of 1 is the next school day, whether or not the
     * date itself is one).
     */
    public LocalDate plusSchoolDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isSchoolDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The {@code n}th school day counting {@code date} itself as the first if it is one (the sixth day rule). */
    public LocalDate nthSchoolDay(LocalDate date, int n) {
        return plusSchoolDays(date.minusDays(1), n);
    }

    /** How many school days from {@code from} to {@code to}, both included; 0 if {@code to} is before. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The academic year a date falls in, as "2025-26" (September to August). */
    public static String academicYear(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** The periods of the calendar, terms first. */
    public List<Period> periods() {
        return Stream.concat(terms.stream(), breaks.stream()).toList();
    }

    private static boolean weekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
