package uk.headsup.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.headsup.support.ExternalPostgres;
import uk.headsup.support.RunningJar;

/**
 * The promises of issue 5 with the packaged application as separate processes, on the machine's PostgreSQL (a schema
 * of this test's own), sending 20,000 messages each time to a real SMTP server (GreenMail): two instances on one
 * database send each message once; an instance killed with SIGKILL in the middle of a send and started again
 * delivers to everyone, with no more duplicates than the messages it had in hand when it died.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailshotGuaranteesIT {

    static final String SCHEMA = "mailshot_guarantees_it";
    static final int RECIPIENTS = 20_000;
    /** Two instances share a smaller send: what is proven is that no message goes twice, and it keeps the suite short. */
    static final int SHARED = 10_000;

    static final Duration SEND = Duration.ofMinutes(5);

    /** The test's own schema on the external server. */
    static String url;

    static GreenMail smtp;
    static Path data;
    static RunningJar first;

    @BeforeAll
    static void database() throws Exception {
        url = ExternalPostgres.freshSchema(SCHEMA);
        // Recipients are reader+N@school.example: GreenMail files them all in one mailbox (it slows down with a
        // mailbox per address), while Heads Up sees 20,000 different addresses.
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withSieveIgnoreDetail());
        smtp.start();
        data = Files.createTempDirectory("headsup-guarantees");
    }

    @AfterAll
    static void stop() throws Exception {
        if (first != null) {
            first.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (url != null) {
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    @Test
    @Order(1)
    void twoInstancesOnOneDatabaseSendEachMessageOnce() throws Exception {
        first = start();
        try (RunningJar second = start()) {
            long mailshot = seed("guarantee:two-instances", SHARED);
            awaitAllSent(mailshot);
            Map<String, Integer> received = received("<guarantee-two-instances.");
            int duplicates = received.values().stream().mapToInt(n -> n - 1).sum();
            System.out.printf(
                    "Two instances, %d recipients: %d messages received, %d duplicates%n",
                    SHARED,
                    received.values().stream().mapToInt(Integer::intValue).sum(),
                    duplicates);
            assertThat(received).as("every recipient received it").hasSize(SHARED);
            assertThat(duplicates)
                    .as("no message is sent twice when no instance dies")
                    .isZero();
            assertThat(sentBy(mailshot)).as("both instances sent part of it").isEqualTo(2);
        }
    }

    @Test
    @Order(2)
    void anInstanceKilledMidSendDeliversToEveryoneOnceStartedAgain() throws Exception {
        if (first == null) {
            first = start();
        }
        long mailshot = seed("guarantee:killed", RECIPIENTS);
        awaitSentAtLeast(mailshot, RECIPIENTS / 4);
        awaitInFlight(mailshot);
        first.kill();
        int inFlight = count(
                "select count(*) from outbox_messages where mailshot_id = " + mailshot + " and status = 'SENDING'");
        int sentAtKill =
                count("select count(*) from outbox_messages where mailshot_id = " + mailshot + " and status = 'SENT'");
        assertThat(sentAtKill).as("killed in the middle of the send").isLessThan(RECIPIENTS);
        first = start();
        awaitAllSent(mailshot);
        Map<String, Integer> received = received("<guarantee-killed.");
        int duplicates = received.values().stream().mapToInt(n -> n - 1).sum();
        System.out.printf(
                "SIGKILL after %d of %d sent: %d messages in flight at the kill, %d duplicates received%n",
                sentAtKill, RECIPIENTS, inFlight, duplicates);
        assertThat(received).as("every recipient received it").hasSize(RECIPIENTS);
        assertThat(duplicates)
                .as("duplicates are at most the %d messages in flight at the kill", inFlight)
                .isLessThanOrEqualTo(inFlight);
    }

    private static RunningJar start() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", url);
        env.put("SPRING_FLYWAY_SCHEMAS", SCHEMA);
        env.put("HEADSUP_DATA_DIR", data.toString());
        env.put("HEADSUP_DEMO", "false");
        env.put("HEADSUP_ADMIN_EMAIL", "guarantees@authority.example");
        env.put("HEADSUP_ADMIN_PASSWORD", "guarantees test password");
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        env.put("HEADSUP_MAILING_LEASE", "10s");
        env.put("HEADSUP_MAILING_CONCURRENCY", "3");
        env.put("HEADSUP_MAILING_WORKER_INTERVAL", "200ms");
        return RunningJar.start(env).awaitHealthy();
    }

    /** A notice to so many people, written as {@code Mailshots.startNotice} writes it. */
    private static long seed(String key, int recipients) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement s = c.prepareStatement("""
                    insert into mailshots (key, content, reference, title) values (?, 'mailing.notice', ?, ?) returning id
                    """)) {
                s.setString(1, key);
                s.setString(2, key);
                s.setString(3, "Guarantees " + key);
                ResultSet rs = s.executeQuery();
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into mailshot_notices (mailshot_id, subject, body, action_text, action_url, action_tag)
                    values (?, 'The Fair Access Protocol panel dates', 'The panel meets on these dates.\n\nPlease tell your SENCo.',
                            'Read the dates', 'https://headsup.example/articles/17', 'article:17')
                    """)) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            String slug = key.replaceAll("[^A-Za-z0-9-]", "-");
            try (PreparedStatement s = c.prepareStatement("""
                    insert into outbox_messages (id, kind, mailshot_id, priority, recipient, recipient_name, message_id, status)
                    select x.id, 'mailing.notice', ?, 1, 'reader+' || x.n || '@school.example',
                           'Reader ' || x.n, '<' || ? || '.' || x.id || '@localhost>', 'QUEUED'
                      from (select nextval(pg_get_serial_sequence('outbox_messages', 'id')) as id, n
                              from generate_series(1, ?) as n) x
                    """)) {
                s.setLong(1, id);
                s.setString(2, slug);
                s.setInt(3, recipients);
                s.executeUpdate();
            }
            c.commit();
            return id;
        }
    }

    private static void awaitAllSent(long mailshot) throws Exception {
        Instant deadline = Instant.now().plus(SEND);
        while (count("select count(*) from outbox_messages where mailshot_id = " + mailshot + " and status <> 'SENT'")
                > 0) {
            assertThat(Instant.now()).as("all sent within " + SEND).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private static void awaitSentAtLeast(long mailshot, int sent) throws Exception {
        Instant deadline = Instant.now().plus(SEND);
        while (count("select count(*) from outbox_messages where mailshot_id = " + mailshot + " and status = 'SENT'")
                < sent) {
            assertThat(Instant.now()).as(sent + " sent within " + SEND).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** Until a worker has messages in hand, so that the kill interrupts a batch. */
    private static void awaitInFlight(long mailshot) throws Exception {
        Instant deadline = Instant.now().plus(SEND);
        while (count("select count(*) from outbox_messages where mailshot_id = " + mailshot + " and status = 'SENDING'")
                == 0) {
            assertThat(Instant.now()).as("messages in flight").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** How many instances sent the mailshot's messages: each records itself (pid@host) with the transport. */
    private static int sentBy(long mailshot) throws Exception {
        return count("select count(distinct transport) from outbox_messages where mailshot_id = " + mailshot);
    }

    private static int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Messages GreenMail received whose Message-ID starts with the prefix, counted by Message-ID. */
    private static Map<String, Integer> received(String prefix) throws Exception {
        Map<String, Integer> byId = new HashMap<>();
        List<StoredMessage> all = smtp.getManagers().getImapHostManager().getAllMessages();
        for (StoredMessage message : all) {
            String id = message.getMimeMessage().getMessageID();
            if (id != null && id.startsWith(prefix)) {
                byId.merge(id, 1, Integer::sum);
            }
        }
        return byId;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
