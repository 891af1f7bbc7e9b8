package uk.headsup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The demo's dates as a council would check them: briefings on weekdays, one set of panel dates. */
class DemoDatesTest {

    @Test
    void theDailyBriefingIsNeverDatedOnAWeekend() {
        LocalDate sunday = LocalDate.of(2026, 12, 6);
        assertThat(DemoBulletins.lastWeekday(sunday)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(DemoBulletins.lastWeekday(sunday.plusDays(1))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(DemoBulletins.lastWeekday(sunday.minusDays(1))).isEqualTo(LocalDate.of(2026, 12, 4));
        for (int d = 0; d < 14; d++) {
            DayOfWeek day = DemoBulletins.lastWeekday(sunday.plusDays(d)).getDayOfWeek();
            assertThat(day).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void theBulletinsPanelDatesAreTheCalendarsPanels() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        String table = DemoBulletins.panelTable(today);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
        assertThat(DemoEvents.panelDays(today)).hasSize(11).allSatisfy(day -> {
            assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(table).contains(format.format(day));
        });
        assertThat(table).startsWith("| Autumn | 8 September, 13 October, 10 November, 8 December |");
    }
}
