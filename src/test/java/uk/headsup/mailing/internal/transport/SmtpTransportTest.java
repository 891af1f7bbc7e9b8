package uk.headsup.mailing.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
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

    /**
     * A server that stops answering without closing the connection (a frozen host, a cut network): the worker gives up
     * within the timeouts, on the connection it had and on a fresh one, and the next connection sends once the server
     * answers again.
     */
    @Test
    void aServerThatStopsAnsweringIsGivenUpWithinTheTimeoutsAndMailFlowsWhenItAnswers() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer();
                FreezingRelay relay = new FreezingRelay(server.port())) {
            SmtpTransport transport = transport(relay.port(), 1000, Duration.ofSeconds(1));
            Transport.Connection connection = transport.open();
            assertThat(connection
                            .send(List.of(message(1, "a@school.example")), () -> {})
                            .get(1L))
                    .isInstanceOf(Transport.Outcome.Sent.class);

            relay.freeze();
            long start = System.nanoTime();
            Map<Long, Transport.Outcome> outcomes =
                    connection.send(List.of(message(2, "b@school.example"), message(3, "c@school.example")), () -> {});
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            connection.close();

            assertThat(outcomes.values()).allMatch(o -> o instanceof Transport.Outcome.Unreachable);
            assertThat(((Transport.Outcome.Unreachable) outcomes.get(2L)).reason())
                    .contains("SocketTimeoutException");
            // one read timeout on the old connection, one for the greeting on a fresh one; never for good
            assertThat(waited).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));

            relay.thaw();
            try (Transport.Connection fresh = transport.open()) {
                assertThat(fresh.send(List.of(message(2, "b@school.example")), () -> {})
                                .get(2L))
                        .isInstanceOf(Transport.Outcome.Sent.class);
            }
            assertThat(server.accepted).hasSize(2);
        }
    }

    @Test
    void everyConnectionHasConnectReadAndWriteTimeoutsUnlessTheOperatorSetItsOwn() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        new SmtpTransport(
                sender,
                new InternetAddress("heads-up@elmshire.example"),
                1000,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30));
        var properties = sender.getSession().getProperties();
        assertThat(properties.getProperty("mail.smtp.timeout")).isEqualTo("5000");
        assertThat(properties.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
        assertThat(properties.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
        assertThat(properties.getProperty("mail.smtps.connectiontimeout")).isEqualTo("10000");
        assertThat(properties.getProperty("mail.smtps.timeout")).isEqualTo("30000");
        assertThat(properties.getProperty("mail.smtps.writetimeout")).isEqualTo("30000");
    }

    private static SmtpTransport transport(int port, int perConnection) throws Exception {
        return transport(port, perConnection, Duration.ofSeconds(30));
    }

    private static SmtpTransport transport(int port, int perConnection, Duration timeout) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new SmtpTransport(
                sender, new InternetAddress("Heads Up <heads-up@elmshire.example>"), perConnection, timeout, timeout);
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
