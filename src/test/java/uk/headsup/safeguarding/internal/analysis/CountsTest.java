package uk.headsup.safeguarding.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void theChartsBarsAddUpToItsWidth() {
        Analysis.Counts counts = new Analysis.Counts(1, 1, 1);
        assertThat(counts.greenWidth() + counts.amberWidth() + counts.redWidth())
                .isEqualTo(Analysis.BAR_WIDTH);
        assertThat(counts.redPercent()).isEqualTo(33);
        assertThat(new Analysis.Counts(0, 0, 0).redWidth()).isZero();
    }
}
