package uk.headsup.mailing.internal.mailshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.headsup.mailing.MailshotProgress;

class MailshotStateTest {

    @Test
    void aCancelledMailshotStaysCancelled() {
        assertThat(MailshotState.namesThatMayBecome(MailshotState.CANCELLED)).containsExactly("SENDING", "PAUSED");
        assertThat(MailshotState.namesThatMayBecome(MailshotState.PAUSED)).containsExactly("SENDING");
        assertThat(MailshotState.namesThatMayBecome(MailshotState.SENDING)).containsExactly("PAUSED");
    }

    private static MailshotProgress in(MailshotState state) {
        return new MailshotProgress(1, "key", "Title", state.name(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void progressAnswersForTheStateItWasMappedFrom() {
        assertThat(in(MailshotState.SENDING).isSending()).isTrue();
        assertThat(in(MailshotState.SENDING).isPaused()).isFalse();
        assertThat(in(MailshotState.PAUSED).isPaused()).isTrue();
        assertThat(in(MailshotState.CANCELLED).isCancelled()).isTrue();
        assertThat(in(MailshotState.CANCELLED).isSending()).isFalse();
    }

    @Test
    void theListSaysFinishedOnceASendingMailshotHasNothingLeftToSend() {
        Instant at = Instant.parse("2025-01-06T09:00:00Z");
        assertThat(new MailshotDesk.Summary(1, "T", MailshotState.SENDING, false, at, "a").stateLabel())
                .isEqualTo("Sending");
        assertThat(new MailshotDesk.Summary(1, "T", MailshotState.SENDING, true, at, "a").stateLabel())
                .isEqualTo("Finished");
        assertThat(new MailshotDesk.Summary(1, "T", MailshotState.PAUSED, false, at, "a").stateLabel())
                .isEqualTo("Paused");
        assertThat(new MailshotDesk.Summary(1, "T", MailshotState.CANCELLED, false, at, "a").stateLabel())
                .isEqualTo("Cancelled");
    }
}
