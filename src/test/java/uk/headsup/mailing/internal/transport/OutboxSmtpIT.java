package uk.headsup.mailing.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.mailing.MailshotMessages;
import uk.headsup.mailing.MailshotRequest;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Recipients;
import uk.headsup.mailing.TestArticles;
import uk.headsup.mailing.Topic;
import uk.headsup.mailing.internal.bounces.BounceMailbox;
import uk.headsup.mailing.internal.bounces.Bounces;

/**
 * The outbox against a real SMTP server: what is stored is sent, with its Message-ID, even if the server was down;
 * mailshots go out over reused connections with their unsubscribe headers; bounce reports are read over IMAP. SMTP
 * goes through a relay that can freeze like a crashed host, with short timeouts.
 */
@SpringBootTest(
        properties = {
            "headsup.data-dir=target/test-data/${random.uuid}",
            "headsup.mailing.worker-interval=100ms",
            "headsup.mailing.connect-timeout=3s",
            "headsup.mailing.read-timeout=3s",
            "headsup.mailing.bounce-address=bounces@elmshire.example",
            "headsup.mailing.bounces.ssl=false",
            "headsup.mailing.bounces.username=bounces",
            "headsup.mailing.bounces.password=bounce-secret",
            "headsup.mailing.bounces.interval=1h"
        })
class OutboxSmtpIT {

    static final int PORT = freePort();
    static final int IMAP_PORT = freePort();
    static GreenMail smtp = start();
    static final FreezingRelay RELAY = relay();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", RELAY::port);
        registry.add("headsup.mailing.bounces.host", () -> "127.0.0.1");
        registry.add("headsup.mailing.bounces.port", () -> IMAP_PORT);
    }

    @AfterAll
    static void stop() throws IOException {
        smtp.stop();
        RELAY.close();
    }

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailshotMessages sent;

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
            // waiting: back in the queue, or claimed again for the next try (a second later); never given up
            assertThat(status("reader-two@school.example")).isIn("QUEUED", "SENDING");
        } finally {
            smtp = start();
        }
        awaitStatus("reader-two@school.example", "SENT");
        assertThat(smtp.getReceivedMessagesForDomain("reader-two@school.example"))
                .hasSize(1);
    }

    @Test
    void aMailshotGoesOutWithItsUnsubscribeHeadersStableMessageIdsAndVerpSender() throws Exception {
        mailshots.declare(new Topic("series:smtp-weekly", Topic.Kind.SERIES, "The SMTP weekly", null, 1));
        List<Addressee> people = people("headers", 3);
        String key = "smtp-test:" + UUID.randomUUID();
        MailshotStarted started =
                transaction.execute(tx -> mailshots.start(request(key, "series:smtp-weekly", people)));
        awaitFinished(key, Duration.ofSeconds(60));
        for (Addressee person : people) {
            MimeMessage received = smtp.getReceivedMessagesForDomain(person.email())[0];
            var row = jdbc.sql("select id, message_id from outbox_messages where mailshot_id = :m and recipient = :r")
                    .param("m", started.mailshotId())
                    .param("r", person.email())
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .single();
            assertThat(received.getMessageID()).isEqualTo(row.getValue()).startsWith("<smtp-test-");
            assertThat(received.getHeader("List-Unsubscribe")[0]).contains("/email/unsubscribe/" + row.getKey() + "/");
            assertThat(received.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(received.getHeader("Return-Path")[0]).contains("bounces+" + row.getKey() + "@elmshire.example");
        }
    }

    @Test
    void bounceReportsReadOverImapMarkTheAddressBouncingUntilItIsCorrected() throws Exception {
        List<Addressee> people = people("bounce", 3);
        String key = "smtp-test:" + UUID.randomUUID();
        MailshotStarted started = transaction.execute(tx -> mailshots.start(request(key, null, people)));
        awaitFinished(key, Duration.ofSeconds(60));
        long first = sent.id(started.mailshotId(), people.get(0).email());
        String secondMessageId = jdbc.sql("select message_id from outbox_messages where id = :id")
                .param("id", sent.id(started.mailshotId(), people.get(1).email()))
                .query(String.class)
                .single();
        GreenMailUser mailbox = smtp.getUserManager().getUser("bounces");
        mailbox.deliver(report(
                "bounces+" + first + "@elmshire.example",
                "Action: failed\nStatus: 5.1.1\n" + "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
                ""));
        mailbox.deliver(report(
                "bounces@elmshire.example",
                "Action: failed\nStatus: 5.2.1\n" + "Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled",
                "Message-ID: " + secondMessageId + "\n"));
        mailbox.deliver(report(
                "bounces+" + sent.id(started.mailshotId(), people.get(2).email()) + "@elmshire.example",
                "Action: delayed\nStatus: 4.4.1\n",
                ""));

        assertThat(bounceMailbox.collect()).isEqualTo(2);
        assertThat(sent.status(started.mailshotId(), people.get(0).email())).isEqualTo("BOUNCED");
        assertThat(sent.status(started.mailshotId(), people.get(1).email())).isEqualTo("BOUNCED");
        assertThat(sent.status(started.mailshotId(), people.get(2).email())).isEqualTo("SENT");
        assertThat(bounces.all())
                .extracting(Bounces.BouncingAddress::email)
                .contains(people.get(0).email(), people.get(1).email());
        assertThat(bounceMailbox.collect()).as("reports are read once").isZero();

        MailshotStarted next =
                transaction.execute(tx -> mailshots.start(request("smtp-test:" + UUID.randomUUID(), null, people)));
        assertThat(next.suppressed()).isEqualTo(2);
        assertThat(next.queued()).isEqualTo(1);
        bounces.corrected(people.get(0).email());
        MailshotStarted corrected =
                transaction.execute(tx -> mailshots.start(request("smtp-test:" + UUID.randomUUID(), null, people)));
        assertThat(corrected.suppressed()).isEqualTo(1);
    }

    /**
     * The server stops answering without closing its connections (a crashed host, a cut network): the worker gives up
     * after the read timeout instead of waiting for good, the message goes back to the queue, and it is sent once the
     * server answers again.
     */
    @Test
    void aServerThatStopsAnsweringHoldsTheWorkersNoLongerThanTheTimeout() throws Exception {
        String to = "reader-frozen@school.example";
        RELAY.freeze();
        try {
            Instant queued = Instant.now();
            send(to);
            awaitAttempted(to);
            Duration gaveUp = Duration.between(queued, Instant.now());
            assertThat(status(to)).isEqualTo("QUEUED");
            assertThat(jdbc.sql("select last_error from outbox_messages where recipient = :to")
                            .param("to", to)
                            .query(String.class)
                            .single())
                    .contains("SocketTimeoutException");
            // a read timeout (3 s) on a worker's old connection and one on a fresh one, with room for a busy machine
            assertThat(gaveUp).isLessThan(Duration.ofSeconds(20));
        } finally {
            RELAY.thaw();
        }
        awaitStatus(to, "SENT");
        assertThat(smtp.getReceivedMessagesForDomain(to)).hasSize(1);
    }

    /**
     * The server goes away for a minute in the middle of a send: messages go back to the queue (none fails), the
     * workers wait and try again by themselves, and every recipient gets the message once it is back.
     */
    @Test
    void aMailshotCarriesOnBySelfAfterTheServerIsDownForAMinute() throws Exception {
        int recipients = 1000;
        List<Addressee> people = people("down", recipients);
        String key = "smtp-test:" + UUID.randomUUID();
        MailshotStarted started = transaction.execute(tx -> mailshots.start(request(key, null, people)));
        awaitSentAtLeast(key, 200);
        var received = smtp.getManagers().getImapHostManager(); // what arrived, still readable once stopped
        smtp.stop();
        int inFlight = jdbc.sql("select count(*) from outbox_messages where mailshot_id = :m and status = 'SENDING'")
                .param("m", started.mailshotId())
                .query(Integer.class)
                .single();
        List<String> before = messageIds(received.getAllMessages(), started);
        try {
            // Nothing fails for the whole minute, looked at four times a second (a tighter loop kept one of the
            // machine's two cores busy with this query, slowing the workers it watches).
            await().during(DOWN)
                    .atMost(DOWN.plusSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(jdbc.sql(
                                            "select count(*) from outbox_messages where mailshot_id = :m and status not in ('QUEUED', 'SENDING', 'SENT')")
                                    .param("m", started.mailshotId())
                                    .query(Integer.class)
                                    .single())
                            .as("nothing fails while the server is down")
                            .isZero());
            assertThat(mailshots.progress(key).orElseThrow().finished()).isFalse();
        } finally {
            smtp = start();
        }
        awaitFinished(key, Duration.ofSeconds(120));
        List<String> after = messageIds(smtp.getManagers().getImapHostManager().getAllMessages(), started);
        Set<String> everyone = new HashSet<>(before);
        everyone.addAll(after);
        int duplicates = before.size() + after.size() - everyone.size();
        System.out.printf(
                "SMTP down for %s: %d sent before, %d after, %d duplicates, %d in flight when it went%n",
                DOWN, before.size(), after.size(), duplicates, inFlight);
        assertThat(everyone).hasSize(recipients);
        assertThat(mailshots.progress(key).orElseThrow().sent()).isEqualTo(recipients);
        assertThat(duplicates).isLessThanOrEqualTo(inFlight);
    }

    static final Duration DOWN = Duration.ofMinutes(1);

    @Autowired
    Mailshots mailshots;

    @Autowired
    BounceMailbox bounceMailbox;

    @Autowired
    Bounces bounces;

    private static MailshotRequest request(String key, String topic, List<Addressee> people) {
        return new MailshotRequest(
                key, TestArticles.NAME, key, "SMTP test " + key, topic, Recipients.listed(people), "a test");
    }

    private static List<Addressee> people(String prefix, int n) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> Addressee.of("Reader " + i, prefix + "-" + i + "-" + run + "@school.example"))
                .toList();
    }

    private List<String> messageIds(List<StoredMessage> messages, MailshotStarted started) throws Exception {
        String mine = jdbc.sql("select message_id from outbox_messages where mailshot_id = :m limit 1")
                .param("m", started.mailshotId())
                .query(String.class)
                .single();
        String slug = mine.substring(0, mine.indexOf('.') + 1); // <smtp-test-UUID.
        List<String> ids = new ArrayList<>();
        for (StoredMessage stored : messages) {
            String id = stored.getMimeMessage().getMessageID();
            if (id != null && id.startsWith(slug)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static MimeMessage report(String to, String status, String quoted) throws Exception {
        MimeMessage report = new MimeMessage(Session.getInstance(new Properties()));
        report.setFrom(new InternetAddress("mailer-daemon@school.example"));
        report.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        report.setSubject("Undelivered Mail Returned to Sender");
        report.setText("This is the mail system at host school.example.\n\nReporting-MTA: dns; school.example\n\n"
                + status + "\n\n--- original message headers ---\n" + quoted + "Subject: Bulletin\n");
        report.saveChanges();
        return report;
    }

    private void awaitFinished(String key, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!mailshots.progress(key).orElseThrow().finished()) {
            assertThat(Instant.now()).as("mailshot " + key + " finishes").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private void awaitSentAtLeast(String key, int sent) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (mailshots.progress(key).orElseThrow().sent() < sent) {
            assertThat(Instant.now()).as("mailshot " + key + " sends " + sent).isBefore(deadline);
            Thread.onSpinWait();
        }
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
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        mail.start();
        mail.setUser("bounces@elmshire.example", "bounces", "bounce-secret");
        return mail;
    }

    private static FreezingRelay relay() {
        try {
            return new FreezingRelay(PORT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
