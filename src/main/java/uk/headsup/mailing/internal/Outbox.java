package uk.headsup.mailing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored messages and their states. */
@Repository
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long add(String kind, String recipient, String subject, String html, String text, String messageIdDomain) {
        return jdbc.sql("""
                        insert into outbox_messages (kind, recipient, subject, html_body, text_body, message_id)
                        values (:kind, :recipient, :subject, :html, :text, '<' || gen_random_uuid() || '@' || :domain || '>')
                        returning id
                        """)
                .param("kind", kind)
                .param("recipient", recipient)
                .param("subject", subject)
                .param("html", html)
                .param("text", text)
                .param("domain", messageIdDomain)
                .query(Long.class)
                .single();
    }

    /**
     * Claims up to {@code limit} due messages for this worker by pushing their next attempt past the lease:
     * a worker that dies leaves them to be claimed again when the lease runs out; two workers never claim
     * the same row at once.
     */
    @Transactional
    List<OutboxMessage> claimDue(int limit, Duration lease) {
        return jdbc.sql("""
                        update outbox_messages m set next_attempt_at = now() + :lease * interval '1 second',
                                                     attempts = m.attempts + 1
                          from (select id from outbox_messages
                                 where status = 'QUEUED' and next_attempt_at <= now()
                                 order by next_attempt_at, id
                                 limit :limit
                                 for update skip locked) due
                         where m.id = due.id
                        returning m.*
                        """)
                .param("lease", lease.toSeconds())
                .param("limit", limit)
                .query(Outbox::map)
                .list();
    }

    @Transactional
    void markSent(long id, String transport) {
        jdbc.sql(
                        "update outbox_messages set status = 'SENT', sent_at = now(), transport = :t, last_error = null where id = :id")
                .param("t", transport)
                .param("id", id)
                .update();
    }

    @Transactional
    void retryLater(long id, String error, Duration wait) {
        jdbc.sql("""
                        update outbox_messages set last_error = :error, next_attempt_at = now() + :wait * interval '1 second'
                         where id = :id
                        """)
                .param("error", error)
                .param("wait", wait.toSeconds())
                .param("id", id)
                .update();
    }

    @Transactional
    void fail(long id, String error) {
        jdbc.sql("update outbox_messages set status = 'FAILED', last_error = :error where id = :id")
                .param("error", error)
                .param("id", id)
                .update();
    }

    @Transactional(readOnly = true)
    List<OutboxMessage> latest(int limit) {
        return jdbc.sql("select * from outbox_messages order by created_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(Outbox::map)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select * from outbox_messages where id = :id")
                .param("id", id)
                .query(Outbox::map)
                .optional();
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("html_body"),
                rs.getString("text_body"),
                rs.getString("message_id"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getString("transport"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
