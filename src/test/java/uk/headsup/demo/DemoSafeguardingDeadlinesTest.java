package uk.headsup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The demo audit's deadlines fall on weekdays, whichever day the demo is loaded. */
class DemoSafeguardingDeadlinesTest {

    @Test
    void theDeadlinesAreWeekdaysAboutThreeAndSevenWeeksOnWhicheverDayTheDemoLoads() {
        LocalDate sunday = LocalDate.of(2026, 12, 6);
        for (int d = 0; d < 7; d++) {
            LocalDate today = sunday.plusDays(d);
            LocalDate first = DemoSafeguarding.firstDeadline(today);
            LocalDate last = DemoSafeguarding.finalDeadline(today);
            assertThat(first.getDayOfWeek())
                    .as("first deadline when loaded on %s", today.getDayOfWeek())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(last.getDayOfWeek())
                    .as("final deadline when loaded on %s", today.getDayOfWeek())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(ChronoUnit.DAYS.between(today, first)).isBetween(21L, 23L);
            assertThat(ChronoUnit.DAYS.between(today, last)).isBetween(49L, 51L);
        }
        // Loaded on a Sunday (as today, 6 December 2026), the first deadline is the Monday after three weeks.
        assertThat(DemoSafeguarding.firstDeadline(sunday)).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
