package uk.headsup.mailing.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.headsup.mailing.internal.MessageStatus;
import uk.headsup.mailing.internal.MessageStatus.Change;

class OutboxTest {

    @Test
    void dueMessagesAreThoseAClaimTakesAndTheirPartialIndexCovers() {
        String claimable =
                Change.CLAIM.from().stream().map(name -> "'" + name + "'").collect(Collectors.joining(", ", "(", ")"));
        assertThat(Outbox.DUE).isEqualTo("status in " + claimable);
    }

    @Test
    void claimedMessagesAreThoseAClaimMakesAndAGoneSendersReleaseTakesBack() {
        assertThat(Outbox.CLAIMED).isEqualTo("status = '" + MessageStatus.SENDING.name() + "'");
        assertThat(Change.CLAIM.to()).isEqualTo(MessageStatus.SENDING.name());
        assertThat(Change.RETRY.from()).containsExactly(MessageStatus.SENDING.name());
    }
}
