package uk.headsup.bulletins.internal.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesCatalogueTest {

    @Test
    void onlyAWeeklySeriesNamesItsDayAndOnlyASpecialOneHasNoTime() {
        assertThat(Series.Kind.WEEKLY.isWeekly()).isTrue();
        assertThat(Series.Kind.DAILY.isWeekly()).isFalse();
        assertThat(Series.Kind.SPECIAL.isScheduled()).isFalse();
        assertThat(Series.Kind.DAILY.isScheduled()).isTrue();
    }
}
