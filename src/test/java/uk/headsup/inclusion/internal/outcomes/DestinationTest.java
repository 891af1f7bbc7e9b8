package uk.headsup.inclusion.internal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DestinationTest {

    @Test
    void aFileNamesTheDestinationByItsCodeInAnyCase() {
        assertThat(Destination.of("Sustained")).contains(Destination.SUSTAINED);
        assertThat(Destination.of("not sustained")).contains(Destination.NOT_SUSTAINED);
        assertThat(Destination.of(" NEET ")).contains(Destination.NEET);
        assertThat(Destination.of("Not-known")).contains(Destination.NOT_KNOWN);
        assertThat(Destination.of("Employed")).isEmpty();
        assertThat(Destination.of("")).isEmpty();
        assertThat(Destination.of(null)).isEmpty();
    }
}
