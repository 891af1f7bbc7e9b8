package uk.headsup.mailing.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** Which senders holding claims are gone, so that their messages go out again now rather than after the lease. */
class SendersTest {

    static final String ME = "100@node-a";
    static final LongPredicate ONLY_200_RUNS = pid -> pid == 200;

    @Test
    void claimsUnderThisNodesOwnNameAreFromBeforeARestartOnlyWhileItStarts() {
        assertThat(Senders.gone(ME, false, ME, true, ONLY_200_RUNS)).isTrue();
        assertThat(Senders.gone(ME, false, ME, false, ONLY_200_RUNS)).isFalse();
    }

    @Test
    void aProcessOnThisHostThatIsNotRunningIsGoneWhateverItsHeartbeat() {
        assertThat(Senders.gone("300@node-a", false, ME, false, ONLY_200_RUNS)).isTrue();
        assertThat(Senders.gone("200@node-a", false, ME, false, ONLY_200_RUNS)).isFalse();
        assertThat(Senders.gone("200@node-a", true, ME, false, ONLY_200_RUNS))
                .as("a running process that stopped beating (or another that took its pid)")
                .isTrue();
    }

    @Test
    void aSenderOnAnotherHostIsGoneWhenItsHeartbeatIsStale() {
        assertThat(Senders.gone("300@node-b", false, ME, false, ONLY_200_RUNS)).isFalse();
        assertThat(Senders.gone("300@node-b", true, ME, true, ONLY_200_RUNS)).isTrue();
        assertThat(Senders.gone(Map.of("300@node-b", true, "400@node-b", false, ME, false), ME, false, ONLY_200_RUNS))
                .containsExactly("300@node-b");
    }
}
