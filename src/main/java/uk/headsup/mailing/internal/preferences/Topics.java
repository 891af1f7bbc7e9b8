package uk.headsup.mailing.internal.preferences;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.mailing.Topic;

/** The topics modules declare and what each address has turned off. */
@Repository
public class Topics {

    private final JdbcClient jdbc;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void declare(Topic topic) {
        jdbc.sql("""
                        insert into mailing_topics (key, kind, name, description, position)
                        values (:key, :kind, :name, :description, :position)
                        on conflict (key) do update set kind = excluded.kind, name = excluded.name,
                               description = excluded.description, position = excluded.position
                        """)
                .param("key", topic.key())
                .param("kind", topic.kind().name())
                .param("name", topic.name())
                .param("description", topic.description())
                .param("position", topic.position())
                .update();
    }

    @Transactional(readOnly = true)
    public List<Topic> all() {
        return jdbc.sql(
                        "select key, kind, name, description, position from mailing_topics order by kind, position, name")
                .query((rs, n) -> new Topic(
                        rs.getString(1),
                        Topic.Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public Set<String> unwanted(String email) {
        return new HashSet<>(jdbc.sql("select topic from mailing_opt_outs where email = lower(:e)")
                .param("e", email)
                .query(String.class)
                .list());
    }

    /** The advisory lock between changes of what people turned off and mailshots deciding who turned what off. */
    private static final String OPT_OUTS_LOCK = "select pg_advisory_xact_lock%s(hashtext('mailing_opt_outs'))";

    /**
     * Keeps what people turned off as it is until the caller's transaction ends: a mailshot holds it while it writes
     * its deliveries, so that an edition and its essential items to who turned the series off (two statements) see
     * the same opt-outs and nobody gets both or neither. Mailshots hold it together; a change waits for them.
     */
    public void holdOptOuts() {
        jdbc.sql(OPT_OUTS_LOCK.formatted("_shared")).query((rs, n) -> 1).list();
    }

    private void changeOptOuts() {
        jdbc.sql(OPT_OUTS_LOCK.formatted("")).query((rs, n) -> 1).list();
    }

    /** Replaces what the address has turned off; unknown topics are ignored. */
    @Transactional
    public void setUnwanted(String email, Set<String> topics) {
        changeOptOuts();
        jdbc.sql("delete from mailing_opt_outs where email = lower(:e)")
                .param("e", email)
                .update();
        for (String topic : topics) {
            jdbc.sql("""
                            insert into mailing_opt_outs (email, topic)
                            select lower(:e), key from mailing_topics where key = :t on conflict do nothing
                            """).param("e", email).param("t", topic).update();
        }
    }

    /** Turns one topic off for the recipient of a message; the topic's name, if it had one. */
    @Transactional
    public void turnOff(String email, String topic) {
        changeOptOuts();
        jdbc.sql("""
                        insert into mailing_opt_outs (email, topic)
                        select lower(:e), key from mailing_topics where key = :t on conflict do nothing
                        """).param("e", email).param("t", topic).update();
    }

    @Transactional(readOnly = true)
    String name(String topic) {
        return jdbc.sql("select name from mailing_topics where key = :t")
                .param("t", topic)
                .query(String.class)
                .optional()
                .orElse(topic);
    }
}
