package uk.headsup.mailing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;

/** The outbox against a real SMTP server: what is stored is sent, with its Message-ID, even if the server was down. */
@SpringBootTest(
        properties = {"headsup.data-dir=target/test-data/${random.uuid}", "headsup.mailing.worker-interval=100ms"})
class OutboxSmtpIT {

    static final int PORT = freePort();
    static GreenMail smtp = start();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aStoredMessageIsSentWithBothPartsAndItsOwnMessageId() throws Exception {
        send("reader-one@school.example");
        awaitStatus("reader-one@school.example", "SENT");
        MimeMessage received = smtp.getReceivedMessagesForDomain("reader-one@school.example")[0];
        assertThat(received.getSubject()).isEqualTo("Your Heads Up sign-in link");
        assertThat(received.getFrom()[0].toString()).contains("heads-up@elmshire.example");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        String whole = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(received);
        assertThat(whole.indexOf("Content-Type: text/plain"))
                .isPositive()
                .isLessThan(whole.indexOf("Content-Type: text/html"));
        String stored = jdbc.sql("select message_id from outbox_messages where recipient = 'reader-one@school.example'")
                .query(String.class)
                .single();
        assertThat(received.getMessageID()).isEqualTo(stored);
        awaitStatus("reader-one@school.example", "SENT");
    }

    @Test
    void attachmentsTravelWithTheMessageAfterBothParts() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        transaction.executeWithoutResult(tx -> mailer.send(signInLink("reader-three@school.example")
                .withAttachment(new Attachment("booking.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics))));
        awaitStatus("reader-three@school.example", "SENT");
        MimeMessage received = smtp.getReceivedMessagesForDomain("reader-three@school.example")[0];
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("booking.ics");
        assertThat(file.getContentType()).startsWith("text/calendar");
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(ics);
    }

    @Test
    void aMessageWaitsWhileTheServerIsDownAndIsSentWhenItComesBack() throws Exception {
        smtp.stop();
        try {
            send("reader-two@school.example");
            awaitAttempted("reader-two@school.example");
            assertThat(status("reader-two@school.example")).isEqualTo("QUEUED");
        } finally {
            smtp = start();
        }
        awaitStatus("reader-two@school.example", "SENT");
        assertThat(smtp.getReceivedMessagesForDomain("reader-two@school.example"))
                .hasSize(1);
    }

    private void send(String to) {
        transaction.executeWithoutResult(tx -> mailer.send(signInLink(to)));
    }

    private static Email signInLink(String to) {
        return new Email(
                "sign-in-link",
                to,
                "Your Heads Up sign-in link",
                "accounts/email/sign-in-link",
                Map.of(
                        "name",
                        "Reader",
                        "link",
                        "http://localhost/sign-in/link?token=t",
                        "minutes",
                        15,
                        "expiresAt",
                        "3:15pm"));
    }

    private String status(String to) {
        return jdbc.sql("select status from outbox_messages where recipient = :to")
                .param("to", to)
                .query(String.class)
                .single();
    }

    private void awaitStatus(String to, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!expected.equals(status(to))) {
            assertThat(Instant.now())
                    .as("message to " + to + " reaches " + expected)
                    .isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private void awaitAttempted(String to) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("select last_error is not null from outbox_messages where recipient = :to")
                .param("to", to)
                .query(Boolean.class)
                .single()
                .equals(false)) {
            assertThat(Instant.now()).as("a failed attempt is recorded").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
