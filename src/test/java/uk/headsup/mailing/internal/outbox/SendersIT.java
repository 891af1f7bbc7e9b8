package uk.headsup.mailing.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.mailing.internal.mailshots.MailshotDesk;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * After a crash, the messages a sender had in hand go out again as soon as a running node notices the sender is gone,
 * not when their lease runs out; a sender that is alive keeps its claims. The progress page says what a send waits
 * for.
 */
@HeadsUpIntegrationTest
class SendersIT {

    static final String HOST = OutboxWorkers.NODE.substring(OutboxWorkers.NODE.indexOf('@') + 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailshotDesk desk;

    @Test
    void theClaimsOfSendersThatAreGoneAreReleasedAndThoseOfLiveOnesKept() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String deadHere = "2147483646@" + HOST; // above any pid this host hands out
        String silentThere = "41@elsewhere-" + run;
        String aliveThere = "42@elsewhere-" + run;
        jdbc.sql("""
                        insert into mailing_senders (node, heartbeat_at)
                        values (:silent, now() - interval '2 minutes'), (:alive, now() + interval '10 minutes')
                        """).param("silent", silentThere).param("alive", aliveThere).update();
        long dead = claimed(deadHere, run);
        long silent = claimed(silentThere, run);
        long alive = claimed(aliveThere, run);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(45)); // a heartbeat every 10 s
            while (claimant(dead).equals(deadHere) || claimant(silent).equals(silentThere)) {
                assertThat(Instant.now())
                        .as("the claims of a stopped process and of a silent node are released")
                        .isBefore(deadline);
                Thread.onSpinWait();
            }
            assertThat(claimant(alive)).isEqualTo(aliveThere);
            assertThat(status(alive)).isEqualTo("SENDING");
        } finally {
            jdbc.sql("update outbox_messages set status = 'CANCELLED' where id = :id")
                    .param("id", alive)
                    .update();
        }
    }

    @Test
    void theProgressPageSaysWhenASendWaitsForTheEmailServer() {
        String key = "senders-test:" + UUID.randomUUID();
        long mailshot = jdbc.sql("""
                        insert into mailshots (key, content, reference, title) values (:key, 'mailing.notice', :key, 'Test')
                        returning id
                        """).param("key", key).query(Long.class).single();
        jdbc.sql("""
                        insert into outbox_messages (kind, mailshot_id, recipient, recipient_name, message_id, status,
                                                     next_attempt_at, last_error, attempts)
                        values ('mailing.notice', :m, 'waiting@school.example', 'Reader', '<' || :key || '@localhost>',
                                'QUEUED', now() + interval '10 minutes', '421 4.7.0 Try again later', 1)
                        """).param("m", mailshot).param("key", key).update();
        assertThat(desk.waitingFor(mailshot))
                .hasValueSatisfying(words -> assertThat(words)
                        .startsWith("The email server: 1 message waits to be tried again from ")
                        .endsWith(". Last answer: 421 4.7.0 Try again later"));
        jdbc.sql("update outbox_messages set status = 'CANCELLED' where mailshot_id = :m")
                .param("m", mailshot)
                .update();
        assertThat(desk.waitingFor(mailshot)).isEmpty();
    }

    /** A message claimed by that sender, its lease minutes from running out. */
    private long claimed(String sender, String run) {
        return jdbc.sql("""
                        insert into outbox_messages (kind, recipient, subject, html_body, text_body, message_id, status,
                                                     claimed_by, next_attempt_at, attempts)
                        values ('test', :to, 'Held', '<p>Held</p>', 'Held', '<' || gen_random_uuid() || '@localhost>',
                                'SENDING', :sender, now() + interval '5 minutes', 1)
                        returning id
                        """)
                .param("to", "held-" + run + "-" + Math.abs(sender.hashCode()) + "@school.example")
                .param("sender", sender)
                .query(Long.class)
                .single();
    }

    private String claimant(long id) {
        return jdbc.sql("select coalesce(claimed_by, '') from outbox_messages where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from outbox_messages where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
