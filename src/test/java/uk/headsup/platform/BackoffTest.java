package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheFirstWaitUpToTheMost() {
        Duration first = Duration.ofSeconds(5);
        Duration most = Duration.ofMinutes(30);
        assertThat(Backoff.doubling(first, 0, most)).isEqualTo(first);
        assertThat(Backoff.doubling(first, 1, most)).isEqualTo(first);
        assertThat(Backoff.doubling(first, 2, most)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Backoff.doubling(first, 3, most)).isEqualTo(Duration.ofSeconds(20));
        assertThat(Backoff.doubling(first, 9, most)).isEqualTo(Duration.ofSeconds(1280));
        assertThat(Backoff.doubling(first, 10, most)).isEqualTo(most);
        assertThat(Backoff.doubling(first, 1_000, most)).as("no overflow").isEqualTo(most);
    }
}
