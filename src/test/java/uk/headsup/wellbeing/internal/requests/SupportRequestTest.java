package uk.headsup.wellbeing.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportRequestTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    static SupportRequest aRequest() {
        return new SupportRequest(
                7,
                1,
                "Supervision",
                "head@school.example",
                "A Head",
                "A School",
                "Note",
                ContactBy.EMAIL,
                null,
                RequestStatus.REQUESTED,
                null,
                null,
                0,
                NOW,
                null,
                null,
                null);
    }

    @Test
    void aRequestIsAcknowledgedMatchedUsedAndClosed() {
        SupportRequest r = aRequest()
                .acknowledge(NOW)
                .match("Dr Ruth Hale", 2, NOW)
                .recordSession()
                .recordSession();
        assertThat(r.status()).isEqualTo(RequestStatus.MATCHED);
        assertThat(r.sessionsUsed()).isEqualTo(2);
        assertThatThrownBy(r::recordSession).isInstanceOf(RequestRefused.class).hasMessageContaining("All 2");
        SupportRequest closed = r.close(NOW);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.endedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> closed.withdraw(NOW)).isInstanceOf(RequestRefused.class);
        assertThatThrownBy(() -> closed.match("Someone", 3, NOW)).isInstanceOf(RequestRefused.class);
    }

    @Test
    void sessionsAreRecordedOnlyOnceMatchedAndTheHeadCanWithdrawWhileOpen() {
        assertThatThrownBy(() -> aRequest().recordSession()).isInstanceOf(RequestRefused.class);
        assertThatThrownBy(() -> aRequest().acknowledge(NOW).acknowledge(NOW)).isInstanceOf(RequestRefused.class);
        assertThat(aRequest().withdraw(NOW).status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(aRequest().askedBy(" HEAD@school.example")).isTrue();
        assertThat(aRequest().askedBy("other@school.example")).isFalse();
    }
}
