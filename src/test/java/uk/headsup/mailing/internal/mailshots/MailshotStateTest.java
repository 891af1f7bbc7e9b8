package uk.headsup.mailing.internal.mailshots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailshotStateTest {

    @Test
    void aCancelledMailshotStaysCancelled() {
        assertThat(MailshotState.namesThatMayBecome(MailshotState.CANCELLED)).containsExactly("SENDING", "PAUSED");
        assertThat(MailshotState.namesThatMayBecome(MailshotState.PAUSED)).containsExactly("SENDING");
        assertThat(MailshotState.namesThatMayBecome(MailshotState.SENDING)).containsExactly("PAUSED");
    }
}
