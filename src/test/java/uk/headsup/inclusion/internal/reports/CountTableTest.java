package uk.headsup.inclusion.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountTableTest {

    final CountTable table = new CountTable(
            "Exclusions by type",
            List.of("School", "County"),
            List.of("Permanent", "Suspension", "Lunchtime"),
            List.of(List.of(2L, 12L), List.of(20L, 300L), List.of(9L, 40L)));

    @Test
    void officersSeeEveryCount() {
        var shown = table.shown(false);
        assertThat(shown.lines().get(0).cells()).containsExactly("2", "12");
        assertThat(shown.totals()).containsExactly("31", "352");
    }

    @Test
    void othersSeeFewerThan5AndTheNextSmallestHiddenSoTheTotalGivesNothingAway() {
        var shown = table.shown(true);
        assertThat(shown.lines().get(0).cells()).containsExactly("fewer than 5", "12");
        assertThat(shown.lines().get(2).cells()).containsExactly("hidden", "40");
        assertThat(shown.lines().get(1).cells()).containsExactly("20", "300");
        assertThat(shown.totals()).containsExactly("31", "352");
    }

    @Test
    void aRateOfFewerThan5PupilsIsNotShownAndReadsAsASentence() {
        assertThat(new Rate("Sixth day on time", 3, 4).shown(true)).isEqualTo("fewer than 5 pupils: not shown");
        assertThat(new Rate("Sixth day on time", 0, 0).shown(true)).isEqualTo("fewer than 5 pupils: not shown");
        assertThat(new Rate("Sixth day on time", 3, 4).shown(false)).isEqualTo("3 of 4 (75 %)");
        assertThat(new Rate("Sixth day on time", 0, 0).shown(false)).isEqualTo("none");
    }

    @Test
    void aSmallPartOrASmallRestIsSuppressedWithoutAPercentage() {
        assertThat(new Rate("Sixth day on time", 8, 20).shown(true)).isEqualTo("8 of 20 (40 %)");
        assertThat(new Rate("Sixth day on time", 2, 20).shown(true)).isEqualTo("fewer than 5 of 20");
        // 8 of 10 would tell that 2 were not: the rest under 5 is all the reader may learn.
        assertThat(new Rate("Sixth day on time", 8, 10).shown(true)).isEqualTo("at least 6 of 10");
        assertThat(new Rate("Sixth day on time", 10, 10).shown(true)).isEqualTo("at least 6 of 10");
        assertThat(new Rate("Sixth day on time", 6, 7).shown(true)).isEqualTo("at least 5 of 7");
    }
}
