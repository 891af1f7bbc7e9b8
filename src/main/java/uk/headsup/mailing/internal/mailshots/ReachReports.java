package uk.headsup.mailing.internal.mailshots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.internal.MessageStatus;
import uk.headsup.mailing.internal.PostsJson;

/**
 * Who a mailshot's articles reached: for each tag of its tracked links (an article), the schools and settings whose
 * people received it, and whether anyone there opened it (followed its link). A reminder goes to exactly the people
 * who received it at the schools where nobody did, so to the right roles.
 */
@Repository
@Transactional(readOnly = true)
public class ReachReports {

    public record Tag(String tag, String label, String url) {}

    public record School(long organisationId, String name, int recipients, int opened) {
        public boolean reached() {
            return opened > 0;
        }
    }

    public record TagReach(Tag tag, List<School> schools) {
        public List<School> unreached() {
            return schools.stream().filter(s -> !s.reached()).toList();
        }

        public int reached() {
            return schools.size() - unreached().size();
        }
    }

    private final JdbcClient jdbc;

    ReachReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tag of the mailshot, most-read first, with each school that received it. */
    public List<TagReach> report(long mailshotId) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        jdbc.sql("select tag, label, url from mailshot_tags where mailshot_id = :m order by tag")
                .param("m", mailshotId)
                .query((rs, n) -> new Tag(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(t -> tags.put(t.tag(), t));
        Map<String, List<School>> schools = new LinkedHashMap<>();
        jdbc.sql("""
                        with got as (
                            select m.id, tag, (post ->> 'organisationId')::bigint as org,
                                   post ->> 'organisationName' as name
                              from outbox_messages m
                             cross join lateral unnest(string_to_array(m.tags, ',')) as tag
                             cross join lateral jsonb_array_elements(m.recipient_posts) as post
                             where m.mailshot_id = :m and m.status = :sent and m.tags is not null)
                        select g.tag, g.org, min(g.name), count(distinct g.id),
                               count(distinct g.id) filter (where exists (
                                   select 1 from mailing_clicks c where c.message_id = g.id and c.tag = g.tag))
                          from got g group by g.tag, g.org order by g.tag, min(g.name), g.org
                        """)
                .param("sent", MessageStatus.SENT.name())
                .param("m", mailshotId)
                .query((rs, n) -> Map.entry(
                        rs.getString(1), new School(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5))))
                .list()
                .forEach(e -> schools.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        List<TagReach> report = new ArrayList<>();
        schools.forEach((tag, list) ->
                report.add(new TagReach(tags.getOrDefault(tag, new Tag(tag, tag, null)), List.copyOf(list))));
        return report;
    }

    public Optional<TagReach> report(long mailshotId, String tag) {
        return report(mailshotId).stream()
                .filter(r -> r.tag().tag().equals(tag))
                .findFirst();
    }

    /** The people who received the tag at these organisations, with their posts there. */
    public List<Addressee> receivedAt(long mailshotId, String tag, Set<Long> organisations) {
        List<Addressee> people = new ArrayList<>();
        jdbc.sql("""
                        select recipient, recipient_name, recipient_posts from outbox_messages
                         where mailshot_id = :m and status = :sent and :tag = any (string_to_array(tags, ','))
                         order by id
                        """)
                .param("sent", MessageStatus.SENT.name())
                .param("m", mailshotId)
                .param("tag", tag)
                .query((rs, n) -> {
                    List<MailshotRecipient.Post> posts = PostsJson.read(rs.getString(3)).stream()
                            .filter(p -> organisations.contains(p.organisationId()))
                            .toList();
                    if (!posts.isEmpty()) {
                        people.add(new Addressee(rs.getString(2), rs.getString(1), posts));
                    }
                    return null;
                })
                .list();
        return people;
    }
}
