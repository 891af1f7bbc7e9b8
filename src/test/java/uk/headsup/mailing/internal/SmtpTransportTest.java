package uk.headsup.mailing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP replies as the workers see them, over one reused connection. */
class SmtpTransportTest {

    @Test
    void manyMessagesTravelOverOneConnectionAndEachRefusalIsClassified() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            SmtpTransport transport = transport(server.port(), 1000);
            AtomicInteger paced = new AtomicInteger();
            Map<Long, Transport.Outcome> outcomes;
            try (Transport.Connection connection = transport.open()) {
                outcomes = connection.send(
                        List.of(
                                message(1, "one@school.example"),
                                message(2, "gone@school.example"),
                                message(3, "busy@school.example"),
                                message(4, "four@school.example"),
                                message(5, "not an address")),
                        paced::incrementAndGet);
                assertThat(connection.usable()).isTrue();
            }
            assertThat(outcomes.get(1L)).isInstanceOf(Transport.Outcome.Sent.class);
            assertThat(outcomes.get(2L)).isInstanceOf(Transport.Outcome.Bounced.class);
            assertThat(((Transport.Outcome.Bounced) outcomes.get(2L)).reason()).contains("550");
            assertThat(outcomes.get(3L)).isInstanceOf(Transport.Outcome.TryLater.class);
            assertThat(outcomes.get(4L)).isInstanceOf(Transport.Outcome.Sent.class);
            assertThat(outcomes.get(5L)).isInstanceOf(Transport.Outcome.Rejected.class);
            assertThat(paced).hasValue(4); // the rate limit is asked once per message sent
            assertThat(server.accepted).hasSize(2);
            // after each refusal the conversation starts afresh, so no reply is ever read for the wrong message
            assertThat(server.connections).hasValue(3);
        }
    }

    @Test
    void theStableMessageIdAndOneClickUnsubscribeHeadersAreSent() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            try (Transport.Connection connection =
                    transport(server.port(), 1000).open()) {
                connection.send(List.of(message(7, "seven@school.example")), () -> {});
            }
            String sent = server.accepted.get(0);
            assertThat(sent).contains("Message-ID: <edition-42.7@headsup.example>");
            assertThat(sent).contains("List-Unsubscribe: <https://headsup.example/email/unsubscribe/7/sig>");
            assertThat(sent).contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        }
    }

    @Test
    void aConnectionIsRenewedAfterItsShareOfMessages() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            Transport.Connection connection = transport(server.port(), 2).open();
            connection.send(List.of(message(1, "a@school.example"), message(2, "b@school.example")), () -> {});
            assertThat(connection.usable()).isFalse();
            connection.close();
        }
    }

    @Test
    void aServerThatIsNotThereIsUnreachableForTheWholeBatch() throws Exception {
        int port;
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            port = server.port();
        }
        try (Transport.Connection connection = transport(port, 1000).open()) {
            Map<Long, Transport.Outcome> outcomes =
                    connection.send(List.of(message(1, "a@school.example"), message(2, "b@school.example")), () -> {});
            assertThat(outcomes.values()).allMatch(o -> o instanceof Transport.Outcome.Unreachable);
            assertThat(connection.usable()).isFalse();
        }
    }

    private static SmtpTransport transport(int port, int perConnection) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new SmtpTransport(sender, new InternetAddress("Heads Up <heads-up@elmshire.example>"), perConnection);
    }

    private static OutgoingMessage message(long id, String to) {
        return new OutgoingMessage(
                id,
                "<edition-42." + id + "@headsup.example>",
                to,
                "Heads Up",
                "<p>Hello</p>",
                "Hello",
                List.of(),
                "https://headsup.example/email/unsubscribe/" + id + "/sig",
                null);
    }
}
