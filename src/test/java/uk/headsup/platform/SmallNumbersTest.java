package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsUnderFiveAreFewerThanFive() {
        assertThat(SmallNumbers.show(0)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.show(4)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.show(5)).isEqualTo("5");
    }

    @Test
    void oneHiddenCountHidesAnotherSoTheTotalDoesNotGiveItAway() {
        var shown = SmallNumbers.row(List.of(3L, 12L, 7L));
        assertThat(shown.cells()).containsExactly("fewer than 5", "12", "hidden");
        assertThat(shown.total()).isEqualTo("22");
    }

    @Test
    void nothingHiddenWhenNothingIsSmall() {
        var shown = SmallNumbers.row(List.of(6L, 12L));
        assertThat(shown.cells()).containsExactly("6", "12");
        assertThat(shown.total()).isEqualTo("18");
    }
}
