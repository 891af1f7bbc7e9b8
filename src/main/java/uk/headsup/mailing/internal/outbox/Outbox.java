package uk.headsup.mailing.internal.outbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.internal.MessageStatus;
import uk.headsup.mailing.internal.MessageStatus.Change;

/** The stored messages and their states. */
@Repository
public class Outbox {

    private static final String MAILSHOT_COLUMNS = """
            , s.key as mailshot_key, s.title as mailshot_title, s.content as mailshot_content,
              s.reference as mailshot_reference, s.topic as mailshot_topic,
              array(select o.topic from mailing_opt_outs o where o.email = lower(m.recipient)) as unwanted,
              (select b.reason from mailing_bouncing_addresses b where b.email = lower(m.recipient)) as bouncing
            """;

    /**
     * Messages due to be claimed: the statuses {@link Change#CLAIM} leaves, written out, not bound. PostgreSQL uses the
     * partial index {@code outbox_messages_due} ({@code where status in ('QUEUED', 'SENDING')}) only for a predicate
     * that matches it when the statement is planned; a generic plan of a bound list scans every message ever stored.
     * OutboxTest ties the literal to the enum.
     */
    static final String DUE = "status in ('QUEUED', 'SENDING')";

    /**
     * Messages a sender holds: {@link MessageStatus#SENDING} written out, not bound, for the partial index
     * {@code outbox_messages_claimed} ({@code where status = 'SENDING'}), as {@link #DUE} is. OutboxTest ties it to the
     * enum.
     */
    static final String CLAIMED = "status = 'SENDING'";

    private final JdbcClient jdbc;
    private final SentLinks links;

    Outbox(JdbcClient jdbc, SentLinks links) {
        this.jdbc = jdbc;
        this.links = links;
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
     * Claims up to {@code limit} due messages for this worker: they become SENDING until the lease runs out, so a
     * worker that dies leaves them to be claimed again then; two workers never claim the same row at once. Single
     * messages (sign-in links) come before mailshots' deliveries.
     */
    @Transactional
    List<OutboxMessage> claimDue(int limit, Duration lease, String node) {
        return jdbc
                .sql("""
                        update outbox_messages m set status = :sending, claimed_by = :node,
                                                     next_attempt_at = now() + :lease * interval '1 millisecond',
                                                     attempts = m.attempts + 1
                          from (select id, mailshot_id from outbox_messages
                                 where %s and next_attempt_at <= now()
                                 order by priority, next_attempt_at, id
                                 limit :limit
                                 for update skip locked) due
                          left join mailshots s on s.id = due.mailshot_id
                         where m.id = due.id
                        returning m.*""".formatted(DUE) + MAILSHOT_COLUMNS)
                .param("sending", Change.CLAIM.to())
                .param("lease", lease.toMillis())
                .param("limit", limit)
                .param("node", node)
                .query(Outbox::map)
                .list()
                .stream()
                .map(this::withAttachments)
                .toList();
    }

    /** Sent: with the tags of the tracked links each message carried ({@code null} or comma-separated). */
    @Transactional
    void markSent(Map<Long, String> tagsById, String transport) {
        if (!tagsById.isEmpty()) {
            Long[] ids = tagsById.keySet().toArray(Long[]::new);
            String[] tags = new String[ids.length];
            for (int i = 0; i < ids.length; i++) {
                tags[i] = tagsById.get(ids[i]);
            }
            jdbc.sql("""
                            update outbox_messages m set status = :sent, sent_at = now(), transport = :t,
                                                         last_error = null, tags = s.tags
                              from unnest(:ids::bigint[], :tags::text[]) as s(id, tags)
                             where m.id = s.id and m.status in (:sending)
                            """)
                    .param("sent", Change.SEND.to())
                    .param("sending", Change.SEND.from())
                    .param("t", transport)
                    .param("ids", ids)
                    .param("tags", tags)
                    .update();
            if (!links.keep()) {
                maskLinks(List.of(ids));
            }
        }
    }

    /**
     * Masks the tokened links of these messages once they have gone (sent, failed, bounced or suppressed): see
     * {@link SentLinks}. Messages still waiting to be sent keep them.
     */
    @Transactional
    int maskLinks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update outbox_messages
                           set html_body = regexp_replace(html_body, :tokened, '\\1' || :mask, 'g'),
                               text_body = regexp_replace(text_body, :tokened, '\\1' || :mask, 'g')
                         where id in (:ids) and status not in (:waiting)
                           and (html_body ~ :tokened or text_body ~ :tokened)
                        """)
                .param("waiting", MessageStatus.waitingNames())
                .param("tokened", SentLinks.TOKENED)
                .param("mask", SentLinks.MASK)
                .param("ids", ids)
                .update();
    }

    /** This node is alive (and, when {@code starting}, has just started): see {@link Senders}. */
    @Transactional
    void heartbeat(String node, boolean starting) {
        jdbc.sql("""
                        insert into mailing_senders (node) values (:node)
                        on conflict (node) do update
                           set heartbeat_at = now(),
                               started_at = case when :starting then now() else mailing_senders.started_at end
                        """).param("node", node).param("starting", starting).update();
    }

    /** The senders that hold claims now, each with whether its heartbeat is older than {@code stale} (or missing). */
    @Transactional(readOnly = true)
    Map<String, Boolean> claimants(Duration stale) {
        Map<String, Boolean> claimants = new HashMap<>();
        jdbc.sql("""
                        select c.claimed_by, coalesce(s.heartbeat_at < now() - :stale * interval '1 millisecond', true)
                          from (select distinct claimed_by from outbox_messages
                                 where %s and claimed_by is not null) c
                          left join mailing_senders s on s.node = c.claimed_by
                        """.formatted(CLAIMED))
                .param("stale", stale.toMillis())
                .query((rs, n) -> claimants.put(rs.getString(1), rs.getBoolean(2)))
                .list();
        return claimants;
    }

    /**
     * The claims of senders that are gone go back to the queue, due now; the lease would otherwise hold them for
     * minutes. Senders not heard from for a day, and holding nothing, are forgotten.
     */
    @Transactional
    int releaseClaimsOf(Collection<String> gone) {
        jdbc.sql("""
                        delete from mailing_senders s where heartbeat_at < now() - interval '1 day'
                           and not exists (select 1 from outbox_messages m
                                            where m.%s and m.claimed_by = s.node)
                        """.formatted(CLAIMED)).update();
        if (gone.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update outbox_messages set status = :queued, claimed_by = null, next_attempt_at = now()
                         where %s and claimed_by = any(:gone::text[])
                        """.formatted(CLAIMED))
                .param("queued", Change.RETRY.to())
                .param("gone", gone.toArray(String[]::new))
                .update();
    }

    /** Records what tags stand for, once per mailshot and tag. */
    @Transactional
    void label(long mailshotId, String tag, String label, String url) {
        jdbc.sql(
                        "insert into mailshot_tags (mailshot_id, tag, label, url) values (:m, :t, :l, :u) on conflict do nothing")
                .param("m", mailshotId)
                .param("t", tag)
                .param("l", label)
                .param("u", url)
                .update();
    }

    /** The server refused for now: tried again after {@code wait}. */
    @Transactional
    void retryLater(long id, String error, Duration wait) {
        jdbc.sql("""
                        update outbox_messages set status = :queued, last_error = :error,
                                                   next_attempt_at = now() + :wait * interval '1 millisecond'
                         where id = :id and status in (:sending)
                        """)
                .param("queued", Change.RETRY.to())
                .param("sending", Change.RETRY.from())
                .param("error", error)
                .param("wait", wait.toMillis())
                .param("id", id)
                .update();
    }

    /** The server could not be reached: back in the queue, and the attempt does not count towards giving up. */
    @Transactional
    void releaseUnreached(Collection<Long> ids, String error, Duration wait) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            update outbox_messages set status = :queued, last_error = :error, attempts = attempts - 1,
                                                       next_attempt_at = now() + :wait * interval '1 millisecond'
                             where id in (:ids) and status in (:sending)
                            """)
                    .param("queued", Change.RETRY.to())
                    .param("sending", Change.RETRY.from())
                    .param("error", error)
                    .param("wait", wait.toMillis())
                    .param("ids", ids)
                    .update();
        }
    }

    /** A final state other than sent: given up, bounced or suppressed, with the reason. */
    @Transactional
    void finish(long id, Change change, String reason) {
        if (change != Change.GIVE_UP && change != Change.BOUNCE && change != Change.SUPPRESS) {
            throw new IllegalArgumentException(change + " does not finish a message");
        }
        jdbc.sql("""
                        update outbox_messages set status = :status, reason = :reason, last_error = coalesce(:reason, last_error)
                         where id = :id and status in (:from)
                        """)
                .param("status", change.to())
                .param("from", change.from())
                .param("reason", reason)
                .param("id", id)
                .update();
        if (!links.keep()) {
            maskLinks(List.of(id));
        }
    }

    /** Keeps what a mailshot's message looked like, for the development outbox. */
    @Transactional
    void keepRendering(long id, String subject, String html, String text) {
        jdbc.sql("update outbox_messages set subject = :s, html_body = :h, text_body = :t where id = :id")
                .param("s", subject)
                .param("h", html)
                .param("t", text)
                .param("id", id)
                .update();
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> latest(int limit) {
        return jdbc.sql("select m.* " + MAILSHOT_COLUMNS + """
                          from outbox_messages m left join mailshots s on s.id = m.mailshot_id
                         where m.html_body is not null
                         order by m.created_at desc, m.id desc limit :limit
                        """)
                .param("limit", limit)
                .query(Outbox::map)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select m.* " + MAILSHOT_COLUMNS
                        + " from outbox_messages m left join mailshots s on s.id = m.mailshot_id where m.id = :id")
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
        long mailshotId = rs.getLong("mailshot_id");
        OutboxMessage.Delivery delivery = rs.wasNull()
                ? null
                : new OutboxMessage.Delivery(
                        mailshotId,
                        rs.getString("mailshot_key"),
                        rs.getString("mailshot_title"),
                        rs.getString("mailshot_content"),
                        rs.getString("mailshot_reference"),
                        rs.getString("mailshot_topic"),
                        rs.getString("recipient_name"),
                        rs.getString("recipient_posts"),
                        strings(rs.getArray("unwanted")),
                        rs.getString("bouncing"));
        return new OutboxMessage(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("html_body"),
                rs.getString("text_body"),
                rs.getString("message_id"),
                MessageStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getString("transport"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")),
                rs.getInt("attachment_count"),
                List.of(),
                delivery);
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
