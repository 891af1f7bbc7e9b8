package uk.headsup.mailing.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import uk.headsup.mailing.internal.transport.SmtpTransport;
import uk.headsup.mailing.internal.transport.Transport;

class SmtpFailuresTest {

    @Test
    void aPermanentRefusalOfTheAddressIsNotRetried() throws Exception {
        var unknownMailbox = new SMTPAddressFailedException(
                new InternetAddress("gone@school.example"), "RCPT TO", 550, "5.1.1 No such user");
        var failure = new SendFailedException("Invalid Addresses", unknownMailbox);
        assertThat(SmtpTransport.classify(failure)).isInstanceOf(Transport.Outcome.Bounced.class);
    }

    @Test
    void aTemporaryRefusalIsRetried() throws Exception {
        var greylisted = new SMTPAddressFailedException(
                new InternetAddress("busy@school.example"), "RCPT TO", 451, "4.7.1 Try later");
        assertThat(SmtpTransport.classify(new SendFailedException("Try later", greylisted)))
                .isInstanceOf(Transport.Outcome.TryLater.class);
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgainLater() {
        var refused = new MessagingException("Could not connect", new ConnectException("Connection refused"));
        assertThat(SmtpTransport.classify(refused)).isInstanceOf(Transport.Outcome.Unreachable.class);
    }

    @Test
    void retriesWaitLongerEachTimeUpToHalfAnHour() {
        Duration max = Duration.ofMinutes(30);
        assertThat(OutboxWorkers.backoff(1, max)).isEqualTo(Duration.ofSeconds(5));
        assertThat(OutboxWorkers.backoff(2, max)).isEqualTo(Duration.ofSeconds(10));
        assertThat(OutboxWorkers.backoff(3, max)).isEqualTo(Duration.ofSeconds(20));
        assertThat(OutboxWorkers.backoff(20, max)).isEqualTo(max);
    }
}
