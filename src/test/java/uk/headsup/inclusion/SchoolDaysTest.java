package uk.headsup.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.inclusion.SchoolDays.Kind;
import uk.headsup.inclusion.SchoolDays.Period;

public class SchoolDaysTest {

    /** Autumn 2025: 1 Sept to 19 Dec, INSET on 1 and 2 Sept, half-term 27 to 31 Oct; spring from 5 Jan. */
    public static SchoolDays autumn() {
        return new SchoolDays(List.of(
                new Period("2025-26", Kind.TERM, "Autumn term", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19)),
                new Period("2025-26", Kind.INSET, "INSET days", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)),
                new Period(
                        "2025-26",
                        Kind.HALF_TERM,
                        "Autumn half-term",
                        LocalDate.of(2025, 10, 27),
                        LocalDate.of(2025, 10, 31)),
                new Period("2025-26", Kind.TERM, "Spring term", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
                new Period(
                        "2025-26",
                        Kind.BANK_HOLIDAY,
                        "Made-up bank holiday",
                        LocalDate.of(2026, 1, 6),
                        LocalDate.of(2026, 1, 6))));
    }

    @Test
    void weekdaysInTermAreSchoolDaysButNotInsetHalfTermOrBankHolidays() {
        SchoolDays days = autumn();
        assertThat(days.isSchoolDay(LocalDate.of(2025, 9, 3))).isTrue();
        assertThat(days.isSchoolDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(days.isSchoolDay(LocalDate.of(2025, 9, 6))).isFalse(); // Saturday
        assertThat(days.isSchoolDay(LocalDate.of(2025, 10, 29))).isFalse();
        assertThat(days.isSchoolDay(LocalDate.of(2025, 12, 24))).isFalse();
        assertThat(days.isSchoolDay(LocalDate.of(2026, 1, 6))).isFalse();
        assertThat(days.closedFor(LocalDate.of(2025, 10, 29))).contains("Autumn half-term");
        assertThat(days.closedFor(LocalDate.of(2025, 12, 24))).contains("the school holidays");
        assertThat(days.closedFor(LocalDate.of(2025, 9, 3))).isEmpty();
    }

    @Test
    void addingSchoolDaysSkipsHalfTermAndHolidays() {
        SchoolDays days = autumn();
        // Friday 24 Oct + 1 school day is Monday 3 Nov, after half-term.
        assertThat(days.plusSchoolDays(LocalDate.of(2025, 10, 24), 1)).isEqualTo(LocalDate.of(2025, 11, 3));
        // Thursday 18 Dec + 15: 19 Dec, then 5 Jan (7 Jan after the bank holiday on the 6th) ...
        assertThat(days.plusSchoolDays(LocalDate.of(2025, 12, 18), 2)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(days.plusSchoolDays(LocalDate.of(2025, 12, 18), 3)).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(days.plusSchoolDays(LocalDate.of(2025, 12, 18), 0)).isEqualTo(LocalDate.of(2025, 12, 18));
    }

    @Test
    void theSixthSchoolDayCountsTheFirstDayAsTheFirst() {
        SchoolDays days = autumn();
        // Wednesday 22 Oct: 22, 23, 24, then 3, 4 Nov; the sixth is 5 Nov.
        assertThat(days.nthSchoolDay(LocalDate.of(2025, 10, 22), 6)).isEqualTo(LocalDate.of(2025, 11, 5));
    }

    @Test
    void countsSchoolDaysBetweenDatesBothIncluded() {
        SchoolDays days = autumn();
        assertThat(days.between(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 7)))
                .isEqualTo(10);
        assertThat(days.between(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5)))
                .isEqualTo(3);
        assertThat(days.between(LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 1)))
                .isZero();
    }

    @Test
    void outsideTheKnownYearsEveryWeekdayCounts() {
        SchoolDays days = autumn();
        assertThat(days.isSchoolDay(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(days.isSchoolDay(LocalDate.of(2026, 9, 5))).isFalse();
        assertThat(new SchoolDays(List.of()).plusSchoolDays(LocalDate.of(2026, 9, 4), 1))
                .isEqualTo(LocalDate.of(2026, 9, 7));
    }

    @Test
    void academicYearsRunFromSeptember() {
        assertThat(SchoolDays.academicYear(LocalDate.of(2025, 9, 1))).isEqualTo("2025-26");
        assertThat(SchoolDays.academicYear(LocalDate.of(2026, 8, 31))).isEqualTo("2025-26");
        assertThat(SchoolDays.academicYear(LocalDate.of(2099, 9, 1))).isEqualTo("2099-00");
    }
}
