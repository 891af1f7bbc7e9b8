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
import uk.headsup.mailing.Attachment;

/** The stored messages and their states. */
@Repository
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long add(
            String kind,
            String recipient,
            String subject,
            String html,
            String text,
            List<Attachment> attachments,
            String messageIdDomain) {
        long id = jdbc.sql("""
                        insert into outbox_messages (kind, recipient, subject, html_body, text_body, attachment_count, message_id)
                        values (:kind, :recipient, :subject, :html, :text, :attachments,
                                '<' || gen_random_uuid() || '@' || :domain || '>')
                        returning id
                        """)
                .param("kind", kind)
                .param("recipient", recipient)
                .param("subject", subject)
                .param("html", html)
                .param("text", text)
                .param("attachments", attachments.size())
                .param("domain", messageIdDomain)
                .query(Long.class)
                .single();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            jdbc.sql("""
                            insert into outbox_attachments (message_id, position, filename, content_type, content)
                            values (:id, :position, :filename, :type, :content)
                            """)
                    .param("id", id)
                    .param("position", i)
                    .param("filename", a.filename())
                    .param("type", a.contentType())
                    .param("content", a.content())
                    .update();
        }
        return id;
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
                        """).param("lease", lease.toSeconds()).param("limit", limit).query(Outbox::map).list().stream()
                .map(this::withAttachments)
                .toList();
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
        return jdbc
                .sql("select * from outbox_messages order by created_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(Outbox::map)
                .list()
                .stream()
                .map(this::withAttachments)
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select * from outbox_messages where id = :id")
                .param("id", id)
                .query(Outbox::map)
                .optional()
                .map(this::withAttachments);
    }

    /** Attachments are rare and small (a booking's .ics): read only for the messages that have them. */
    private OutboxMessage withAttachments(OutboxMessage message) {
        if (message.attachmentCount() == 0) {
            return message;
        }
        return message.withAttachments(jdbc.sql("""
                        select filename, content_type, content from outbox_attachments
                         where message_id = :id order by position
                        """)
                .param("id", message.id())
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list());
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
                instant(rs.getTimestamp("sent_at")),
                rs.getInt("attachment_count"),
                List.of());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
