package uk.headsup.mailing.internal.mailshots;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.LinkReach;
import uk.headsup.mailing.MailshotProgress;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.MailshotRequest;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.OrganisationReach;
import uk.headsup.mailing.Recipients;
import uk.headsup.mailing.Topic;
import uk.headsup.mailing.internal.MessageStatus;
import uk.headsup.mailing.internal.MessageStatus.Change;
import uk.headsup.mailing.internal.PostsJson;
import uk.headsup.mailing.internal.outbox.OutboxWorkers;
import uk.headsup.mailing.internal.outbox.Senders;
import uk.headsup.mailing.internal.preferences.Topics;
import uk.headsup.platform.Site;

/** Starts mailshots, one delivery per recipient in the caller's transaction, and steers them while they send. */
@Service
public class MailshotDesk implements Mailshots {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Topics topics;
    private final OutboxWorkers workers;
    private final ReachReports reports;
    private final String messageIdDomain;

    MailshotDesk(
            JdbcClient jdbc,
            Directory directory,
            Topics topics,
            OutboxWorkers workers,
            ReachReports reports,
            Site site) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.topics = topics;
        this.workers = workers;
        this.reports = reports;
        this.messageIdDomain = site.baseUrl().getHost();
    }

    @Override
    @Transactional
    public MailshotStarted start(MailshotRequest request) {
        Optional<Long> created = jdbc.sql("""
                        insert into mailshots (key, content, reference, title, topic, started_by)
                        values (:key, :content, :reference, :title, :topic, :by)
                        on conflict (key) do nothing returning id
                        """)
                .param("key", request.key())
                .param("content", request.content())
                .param("reference", request.reference())
                .param("title", request.title())
                .param("topic", request.topic())
                .param("by", request.startedBy())
                .query(Long.class)
                .optional();
        if (created.isEmpty()) {
            long existing = jdbc.sql("select id from mailshots where key = :key")
                    .param("key", request.key())
                    .query(Long.class)
                    .single();
            return new MailshotStarted(existing, false, 0, 0, 0);
        }
        long id = created.get();
        if (request.topic() != null || request.recipients() instanceof Recipients.WhoTurnedOff) {
            topics.holdOptOuts();
        }
        enqueue(id, request, recipients(request.recipients()));
        Map<MessageStatus, Integer> counts = counts(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.wake();
                }
            });
        }
        return new MailshotStarted(
                id,
                true,
                counts.getOrDefault(MessageStatus.QUEUED, 0),
                counts.getOrDefault(MessageStatus.SUPPRESSED, 0),
                counts.getOrDefault(MessageStatus.FAILED, 0));
    }

    @Override
    @Transactional
    public MailshotStarted startNotice(
            String key, String title, Notice notice, String topic, Recipients recipients, String startedBy) {
        MailshotStarted started =
                start(new MailshotRequest(key, NoticeContent.NAME, key, title, topic, recipients, startedBy));
        if (started.created()) {
            jdbc.sql("""
                            insert into mailshot_notices (mailshot_id, subject, body, action_text, action_url, action_tag)
                            values (:id, :subject, :body, :text, :url, :tag)
                            """)
                    .param("id", started.mailshotId())
                    .param("subject", notice.subject())
                    .param("body", notice.body())
                    .param("text", notice.actionText())
                    .param("url", notice.actionUrl())
                    .param("tag", notice.actionTag())
                    .update();
        }
        return started;
    }

    @Override
    public void declare(Topic topic) {
        topics.declare(topic);
    }

    /** One recipient per address, with every post that put them in. */
    record Recipient(String email, String name, Set<MailshotRecipient.Post> posts) {}

    List<Recipient> recipients(Recipients recipients) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        if (recipients instanceof Recipients.WhoTurnedOff w) {
            return recipients(w.recipients());
        }
        if (recipients instanceof Recipients.OfAudience a) {
            for (AudienceMember m : directory.members(a.audience(), LocalDate.now(LONDON))) {
                if (!a.organisations().isEmpty() && !a.organisations().contains(m.organisationId())) {
                    continue;
                }
                Recipient r = byEmail.computeIfAbsent(
                        key(m.email()), k -> new Recipient(m.email().trim(), m.name(), new LinkedHashSet<>()));
                r.posts()
                        .add(new MailshotRecipient.Post(m.role(), m.organisationId(), m.organisationName(), m.phase()));
            }
        } else if (recipients instanceof Recipients.Listed l) {
            for (Addressee a : l.addressees()) {
                Recipient r = byEmail.computeIfAbsent(
                        key(a.email()),
                        k -> new Recipient(a.email() == null ? "" : a.email().trim(), a.name(), new LinkedHashSet<>()));
                r.posts().addAll(a.posts());
            }
        }
        return new ArrayList<>(byEmail.values());
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase();
    }

    private void enqueue(long mailshotId, MailshotRequest request, List<Recipient> recipients) {
        int n = recipients.size();
        String[] emails = new String[n];
        String[] names = new String[n];
        String[] posts = new String[n];
        String[] problems = new String[n];
        for (int i = 0; i < n; i++) {
            Recipient r = recipients.get(i);
            emails[i] = r.email();
            names[i] = r.name();
            posts[i] = PostsJson.write(r.posts());
            problems[i] = problem(r.email());
        }
        jdbc.sql("""
                        insert into outbox_messages (id, kind, mailshot_id, priority, recipient, recipient_name,
                                                     recipient_posts, message_id, status, reason)
                        select x.id, :kind, :mailshot, 1, x.email, x.name, x.posts::jsonb,
                               '<' || :slug || '.' || x.id || '@' || :domain || '>',
                               case when x.problem is not null then :failed
                                    when b.email is not null or o.email is not null then :suppressed
                                    else :queued end,
                               case when x.problem is not null then x.problem
                                    when b.email is not null then 'The address bounces: ' || b.reason
                                    when o.email is not null then 'Turned off by the recipient' end
                          from (select nextval(pg_get_serial_sequence('outbox_messages', 'id')) as id, r.*
                                  from unnest(:emails::text[], :names::text[], :posts::text[], :problems::text[])
                                       as r(email, name, posts, problem)) x
                          left join mailing_bouncing_addresses b on b.email = lower(x.email)
                          left join mailing_opt_outs o on o.email = lower(x.email) and o.topic = :topic
                         where cast(:turnedOff as text) is null
                            or exists (select 1 from mailing_opt_outs t
                                        where t.email = lower(x.email) and t.topic = :turnedOff)
                        on conflict do nothing
                        """)
                .param("failed", MessageStatus.FAILED.name())
                .param("suppressed", MessageStatus.SUPPRESSED.name())
                .param("queued", MessageStatus.QUEUED.name())
                .param("kind", request.content())
                .param("mailshot", mailshotId)
                .param("slug", request.key().replaceAll("[^A-Za-z0-9-]", "-"))
                .param("domain", messageIdDomain)
                .param("emails", emails)
                .param("names", names)
                .param("posts", posts)
                .param("problems", problems)
                .param("topic", request.topic())
                .param("turnedOff", request.recipients() instanceof Recipients.WhoTurnedOff w ? w.topic() : null)
                .update();
    }

    /** Why an address from the directory cannot be sent to, or null if it can. */
    static String problem(String email) {
        if (email == null || email.isBlank()) {
            return "No email address in the directory";
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            String domain = address.getAddress().substring(address.getAddress().indexOf('@') + 1);
            if (!address.getAddress().contains("@") || !domain.contains(".") || address.getPersonal() != null) {
                throw new AddressException("no domain");
            }
            return null;
        } catch (AddressException e) {
            return "Not a valid email address in the directory: " + email;
        }
    }

    private Map<MessageStatus, Integer> counts(long mailshotId) {
        return jdbc
                .sql("select status, count(*) from outbox_messages where mailshot_id = :id group by status")
                .param("id", mailshotId)
                .query((rs, n) -> Map.entry(MessageStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailshotProgress> progress(String key) {
        return jdbc.sql("select id from mailshots where key = :key")
                .param("key", key)
                .query(Long.class)
                .optional()
                .flatMap(this::progress);
    }

    @Transactional(readOnly = true)
    public Optional<MailshotProgress> progress(long id) {
        return jdbc.sql("""
                        select s.id, s.key, s.title, s.state,
                               count(m.id) filter (where m.status = :queued), count(m.id) filter (where m.status = :sending),
                               count(m.id) filter (where m.status = :sent), count(m.id) filter (where m.status = :failed),
                               count(m.id) filter (where m.status = :bounced),
                               count(m.id) filter (where m.status = :suppressed),
                               count(m.id) filter (where m.status = :cancelled),
                               count(m.id) filter (where m.opened_at is not null),
                               count(m.id) filter (where m.clicked_at is not null)
                          from mailshots s left join outbox_messages m on m.mailshot_id = s.id
                         where s.id = :id group by s.id
                        """)
                .params(statusNames())
                .param("id", id)
                .query(MailshotDesk::progress)
                .optional();
    }

    /** Every status under its name in lower case ({@code :queued}, {@code :sent}...), for a query that counts them. */
    private static Map<String, Object> statusNames() {
        return Arrays.stream(MessageStatus.values())
                .collect(Collectors.toMap(s -> s.name().toLowerCase(Locale.ROOT), MessageStatus::name));
    }

    private static MailshotProgress progress(ResultSet rs, int n) throws SQLException {
        return new MailshotProgress(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12),
                rs.getInt(13));
    }

    /** Messages sent in the last minute, and when the first was sent: the rate and time left. */
    public record Pace(int lastMinute, Instant firstSent) {

        public double perSecond(Instant now) {
            if (firstSent == null || lastMinute == 0) {
                return 0;
            }
            double seconds =
                    Math.min(60, Math.max(1, Duration.between(firstSent, now).toMillis() / 1000.0));
            return lastMinute / seconds;
        }
    }

    @Transactional(readOnly = true)
    public Pace pace(long id) {
        return jdbc.sql("""
                        select count(*) filter (where sent_at > now() - interval '60 seconds'), min(sent_at)
                          from outbox_messages where mailshot_id = :id and status = :sent
                        """)
                .param("sent", MessageStatus.SENT.name())
                .param("id", id)
                .query((rs, n) -> new Pace(
                        rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    /**
     * What the send's remaining messages wait for, in words, when it is not simply sending: messages held by a sender
     * that has stopped, or the email server's refusals and absences. Empty while messages are due or being sent.
     */
    @Transactional(readOnly = true)
    public Optional<String> waitingFor(long id) {
        record Waiting(int due, int sending, int held, Instant heldUntil, int later, Instant nextTry, String error) {}
        Waiting w = jdbc.sql("""
                        select count(*) filter (where m.status = :queued and m.next_attempt_at <= now()),
                               count(*) filter (where m.status = :sending),
                               count(*) filter (where m.status = :sending and m.claimed_by is not null
                                                  and (s.heartbeat_at is null or s.heartbeat_at < now() - :stale * interval '1 millisecond')),
                               max(m.next_attempt_at) filter (where m.status = :sending),
                               count(*) filter (where m.status = :queued and m.next_attempt_at > now()
                                                  and m.next_attempt_at < 'infinity'),
                               min(m.next_attempt_at) filter (where m.status = :queued and m.next_attempt_at > now()
                                                  and m.next_attempt_at < 'infinity'),
                               max(m.last_error) filter (where m.status = :queued and m.next_attempt_at > now())
                          from outbox_messages m left join mailing_senders s on s.node = m.claimed_by
                         where m.mailshot_id = :id and m.status in (:waiting)
                        """)
                .param("queued", MessageStatus.QUEUED.name())
                .param("sending", MessageStatus.SENDING.name())
                .param("waiting", MessageStatus.waitingNames())
                .param("id", id)
                .param("stale", Senders.STALE.toMillis())
                .query((rs, n) -> new Waiting(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getInt(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .single();
        if (w.held() > 0) {
            return Optional.of(w.held() + (w.held() == 1 ? " message was" : " messages were")
                    + " taken by a sender that has stopped. They are sent again as soon as Heads Up starts again or"
                    + " another of its servers notices, and by " + time(w.heldUntil()) + " at the latest.");
        }
        if (w.due() == 0 && w.sending() == 0 && w.later() > 0) {
            return Optional.of("The email server: " + w.later() + (w.later() == 1 ? " message waits" : " messages wait")
                    + " to be tried again from " + time(w.nextTry())
                    + (w.error() == null ? "." : ". Last answer: " + w.error()));
        }
        return Optional.empty();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("h:mma", Locale.UK)
                .withZone(ZoneId.of("Europe/London"))
                .format(instant)
                .replace("AM", "am")
                .replace("PM", "pm");
    }

    record Problem(long id, String recipient, MessageStatus status, String reason, int attempts) {

        /** Queued again after a refusal: it is tried again. */
        public boolean willBeRetried() {
            return status == MessageStatus.QUEUED;
        }
    }

    /** Failed and bounced deliveries, and those waiting to be retried, newest first. */
    @Transactional(readOnly = true)
    public List<Problem> problems(long id, int limit) {
        return jdbc.sql("""
                        select id, recipient, status, coalesce(reason, last_error), attempts from outbox_messages
                         where mailshot_id = :id
                           and (status in (:failed, :bounced) or (status = :queued and last_error is not null))
                         order by id limit :limit
                        """)
                .param("failed", MessageStatus.FAILED.name())
                .param("bounced", MessageStatus.BOUNCED.name())
                .param("queued", MessageStatus.QUEUED.name())
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> new Problem(
                        rs.getLong(1),
                        rs.getString(2),
                        MessageStatus.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    /** A mailshot in the list; {@code finished} once it is sending and nothing is left to send. */
    record Summary(long id, String title, MailshotState state, boolean finished, Instant createdAt, String startedBy) {

        /** Sending, Paused, Cancelled, or Finished. */
        public String stateLabel() {
            return finished ? "Finished" : state.label();
        }
    }

    @Transactional(readOnly = true)
    public List<Summary> latest(int limit) {
        return jdbc.sql("""
                        select s.id, s.title, s.state,
                               s.state = :sendingShot and not exists (
                                   select 1 from outbox_messages m
                                    where m.mailshot_id = s.id and m.status in (:waiting)),
                               s.created_at, s.started_by
                          from mailshots s order by s.id desc limit :l
                        """)
                .param("sendingShot", MailshotState.SENDING.name())
                .param("waiting", MessageStatus.waitingNames())
                .param("l", limit)
                .query((rs, n) -> new Summary(
                        rs.getLong(1),
                        rs.getString(2),
                        MailshotState.valueOf(rs.getString(3)),
                        rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    /** Stops claiming its deliveries; messages already in a worker's hands are still sent. */
    @Transactional
    public boolean pause(long id) {
        if (changeState(id, MailshotState.PAUSED)) {
            jdbc.sql("""
                            update outbox_messages set next_attempt_at = 'infinity'
                             where mailshot_id = :id and status = :queued
                            """)
                    .param("queued", MessageStatus.QUEUED.name())
                    .param("id", id)
                    .update();
            return true;
        }
        return false;
    }

    @Transactional
    public boolean resume(long id) {
        if (changeState(id, MailshotState.SENDING)) {
            jdbc.sql("""
                            update outbox_messages set next_attempt_at = now()
                             where mailshot_id = :id and status in (:waiting) and next_attempt_at = 'infinity'
                            """)
                    .param("waiting", MessageStatus.waitingNames())
                    .param("id", id)
                    .update();
            wakeAfterCommit();
            return true;
        }
        return false;
    }

    /** Whatever is not sent yet never will be. */
    @Transactional
    public boolean cancel(long id) {
        boolean changed = changeState(id, MailshotState.CANCELLED);
        if (changed) {
            jdbc.sql("""
                            update outbox_messages set status = :cancelled, reason = 'The send was cancelled'
                             where mailshot_id = :id and status in (:cancellable)
                            """)
                    .param("cancelled", Change.CANCEL.to())
                    .param("cancellable", Change.CANCEL.from())
                    .param("id", id)
                    .update();
        }
        return changed;
    }

    private boolean changeState(long id, MailshotState to) {
        return jdbc.sql("update mailshots set state = :to, changed_at = now() where id = :id and state in (:from)")
                        .param("to", to.name())
                        .param("from", MailshotState.namesThatMayBecome(to))
                        .param("id", id)
                        .update()
                == 1;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.wake();
                }
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationReach> reach(String key) {
        return jdbc.sql("""
                        with per_org as (
                            select (post ->> 'organisationId')::bigint as org, post ->> 'organisationName' as name,
                                   m.id, m.status, m.opened_at
                              from mailshots s join outbox_messages m on m.mailshot_id = s.id
                             cross join lateral jsonb_array_elements(m.recipient_posts) as post
                             where s.key = :key)
                        select p.org, min(p.name),
                               count(distinct p.id) filter (where p.status = :sent),
                               count(distinct p.id) filter (where p.opened_at is not null),
                               coalesce(array_agg(distinct c.tag) filter (where c.tag is not null), '{}')
                          from per_org p left join mailing_clicks c on c.message_id = p.id
                         group by p.org order by min(p.name), p.org
                        """)
                .param("sent", MessageStatus.SENT.name())
                .param("key", key)
                .query((rs, n) -> new OrganisationReach(
                        rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), new TreeSet<>(List.of((String[])
                                rs.getArray(5).getArray()))))
                .list();
    }

    /** The mailshot's topic, or null if it is essential. */
    @Transactional(readOnly = true)
    public String topic(long id) {
        return jdbc.sql("select topic from mailshots where id = :id")
                .param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }

    @Override
    public String progressPath(long mailshotId) {
        return "/mailing/" + mailshotId;
    }

    @Override
    public String reachPath(long mailshotId, String tag) {
        return "/mailing/" + mailshotId + "/reach/article?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkReach> reachByLink(String key) {
        Optional<Long> id = jdbc.sql("select id from mailshots where key = :key")
                .param("key", key)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> opened = jdbc
                .sql("""
                        select tag, count(*) from outbox_messages m
                         cross join lateral unnest(string_to_array(m.tags, ',')) as tag
                         where m.mailshot_id = :m and m.status = :sent and m.opened_at is not null
                         group by tag
                        """)
                .param("sent", MessageStatus.SENT.name())
                .param("m", id.get())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return reports.report(id.get()).stream()
                .map(r -> new LinkReach(
                        r.tag().tag(),
                        r.tag().label(),
                        r.schools().stream()
                                .mapToInt(ReachReports.School::recipients)
                                .sum(),
                        opened.getOrDefault(r.tag().tag(), 0),
                        r.schools().stream()
                                .mapToInt(ReachReports.School::opened)
                                .sum(),
                        r.schools().size(),
                        r.reached()))
                .sorted(Comparator.comparingInt(LinkReach::clicked).reversed())
                .toList();
    }

    /** Clicks per tag over the whole mailshot: people who clicked, and clicks. */
    record TagClicks(String tag, int people, int clicks) {}

    @Transactional(readOnly = true)
    public List<TagClicks> clicks(long id) {
        return jdbc.sql("""
                        select coalesce(min(t.label), c.tag), count(distinct c.message_id), sum(c.clicks)
                          from mailing_clicks c join outbox_messages m on m.id = c.message_id
                          left join mailshot_tags t on t.mailshot_id = m.mailshot_id and t.tag = c.tag
                         where m.mailshot_id = :id group by c.tag order by count(distinct c.message_id) desc, c.tag
                        """)
                .param("id", id)
                .query((rs, n) -> new TagClicks(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
