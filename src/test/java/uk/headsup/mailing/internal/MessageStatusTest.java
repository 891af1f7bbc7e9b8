package uk.headsup.mailing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.mailing.internal.MessageStatus.BOUNCED;
import static uk.headsup.mailing.internal.MessageStatus.CANCELLED;
import static uk.headsup.mailing.internal.MessageStatus.FAILED;
import static uk.headsup.mailing.internal.MessageStatus.QUEUED;
import static uk.headsup.mailing.internal.MessageStatus.SENDING;
import static uk.headsup.mailing.internal.MessageStatus.SENT;
import static uk.headsup.mailing.internal.MessageStatus.SUPPRESSED;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.headsup.mailing.internal.MessageStatus.Change;

class MessageStatusTest {

    @Test
    void eachChangeLeadsToItsStatusFromThoseItMayLeave() {
        assertThat(Change.CLAIM.to()).isEqualTo("SENDING");
        assertThat(Change.CLAIM.from()).containsExactly("QUEUED", "SENDING");
        assertThat(Change.SEND.to()).isEqualTo("SENT");
        assertThat(Change.SEND.from()).containsExactly("SENDING");
        assertThat(Change.RETRY.to()).isEqualTo("QUEUED");
        assertThat(Change.RETRY.from()).containsExactly("SENDING");
        assertThat(Change.GIVE_UP.to()).isEqualTo("FAILED");
        assertThat(Change.GIVE_UP.from()).containsExactly("QUEUED", "SENDING");
        assertThat(Change.SUPPRESS.to()).isEqualTo("SUPPRESSED");
        assertThat(Change.SUPPRESS.from()).containsExactly("QUEUED", "SENDING");
        assertThat(Change.BOUNCE.to()).isEqualTo("BOUNCED");
        assertThat(Change.BOUNCE.from()).containsExactly("QUEUED", "SENDING", "SENT");
        assertThat(Change.CANCEL.to()).isEqualTo("CANCELLED");
        assertThat(Change.CANCEL.from()).containsExactly("QUEUED");
    }

    @Test
    void aMessageThatHasGoneStaysGoneExceptThatASentOneMayBounce() {
        for (MessageStatus gone : new MessageStatus[] {FAILED, BOUNCED, SUPPRESSED, CANCELLED}) {
            assertThat(Arrays.stream(Change.values()).filter(c -> c.allows(gone)))
                    .as(gone.name())
                    .isEmpty();
        }
        assertThat(Arrays.stream(Change.values()).filter(c -> c.allows(SENT))).containsExactly(Change.BOUNCE);
    }

    @Test
    void aMessageBeingSentIsNotCancelledAndAQueuedOneIsNotMarkedSent() {
        assertThat(Change.CANCEL.allows(SENDING)).isFalse();
        assertThat(Change.SEND.allows(QUEUED)).isFalse();
        assertThat(Change.RETRY.allows(QUEUED)).isFalse();
    }

    @Test
    void onlyQueuedAndSendingMessagesAreWaitingAndKeepTheirLinks() {
        assertThat(MessageStatus.waitingNames()).containsExactly("QUEUED", "SENDING");
    }
}
