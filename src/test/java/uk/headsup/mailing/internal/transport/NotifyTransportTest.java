package uk.headsup.mailing.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.headsup.mailing.internal.MailingSettings;

/**
 * The GOV.UK Notify transport with the official client, against a stand-in for Notify's API on loopback: what is
 * sent, and how Notify's answers become outcomes.
 */
class NotifyTransportTest {

    static final String TEMPLATE = UUID.randomUUID().toString();
    static final String API_KEY = "heads_up_test-" + UUID.randomUUID() + "-" + UUID.randomUUID();

    HttpServer notify;
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile int status = 201;

    @BeforeEach
    void start() throws IOException {
        notify = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        notify.createContext("/v2/notifications/email", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String body = status == 201 ? """
                      {"id": "%s", "reference": "<edition-42.7@headsup.example>",
                       "content": {"body": "Hello", "subject": "Heads Up", "from_email": "heads.up@notifications.service.gov.uk",
                                   "one_click_unsubscribe_url": "https://headsup.example/email/unsubscribe/7/sig"},
                       "uri": "https://api.notifications.service.gov.uk/v2/notifications/1",
                       "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/t"}}
                      """.formatted(UUID.randomUUID(), TEMPLATE) : """
                      {"status_code": %d, "errors": [{"error": "BadRequestError", "message": "Can't send to this recipient"}]}
                      """.formatted(status);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        notify.start();
    }

    @AfterEach
    void stop() {
        notify.stop(0);
    }

    @Test
    void aMessageGoesToNotifyAsTheTemplatesSubjectAndBodyWithItsReferenceAndUnsubscribeLink() {
        Map<Long, Transport.Outcome> outcomes = send();
        assertThat(outcomes.get(7L)).isInstanceOf(Transport.Outcome.Sent.class);
        assertThat(requests).hasSize(1);
        String request = requests.get(0);
        assertThat(request).startsWith("Bearer ");
        assertThat(request)
                .contains("\"template_id\":\"" + TEMPLATE + "\"")
                .contains("\"email_address\":\"senco@school.example\"")
                .contains("\"subject\":\"Heads Up, 14 September\"")
                .contains("\"body\":\"Dear Zoë,\"")
                .contains("\"reference\":\"<edition-42.7@headsup.example>\"")
                .contains("one_click_unsubscribe_url")
                .contains("https://headsup.example/email/unsubscribe/7/sig");
    }

    @Test
    void notifysRefusalsBecomeOutcomes() {
        status = 400;
        assertThat(send().get(7L)).isInstanceOf(Transport.Outcome.Rejected.class);
        status = 429;
        assertThat(send().get(7L)).isInstanceOf(Transport.Outcome.TryLater.class);
        status = 500;
        assertThat(send().get(7L)).isInstanceOf(Transport.Outcome.Unreachable.class);
    }

    /** An API that takes the connection and never answers holds the worker no longer than the read timeout. */
    @Test
    void anApiThatStopsAnsweringIsGivenUpAfterTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            Transport.Outcome outcome =
                    send(silent.getLocalPort(), Duration.ofSeconds(1)).get(7L);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(outcome).isInstanceOf(Transport.Outcome.Unreachable.class);
            assertThat(waited).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(8));
        }
    }

    private Map<Long, Transport.Outcome> send() {
        return send(notify.getAddress().getPort(), Duration.ofSeconds(30));
    }

    private Map<Long, Transport.Outcome> send(int port, Duration timeout) {
        NotifyTransport transport = NotifyTransport.of(
                new MailingSettings.Notify(API_KEY, TEMPLATE, "http://127.0.0.1:" + port), timeout, timeout);
        try (Transport.Connection connection = transport.open()) {
            return connection.send(
                    List.of(new OutgoingMessage(
                            7,
                            "<edition-42.7@headsup.example>",
                            "senco@school.example",
                            "Heads Up, 14 September",
                            "<p>Dear Zoë,</p>",
                            "Dear Zoë,",
                            List.of(),
                            "https://headsup.example/email/unsubscribe/7/sig",
                            null)),
                    () -> {});
        }
    }
}
