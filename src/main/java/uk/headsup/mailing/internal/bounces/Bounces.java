package uk.headsup.mailing.internal.bounces;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.mailing.internal.MessageStatus.Change;

/** Addresses that bounced permanently: mailshots skip them until someone marks the address corrected. */
@Repository
public class Bounces {

    public record BouncingAddress(String email, String reason, Instant since, Long delivery) {}

    private final JdbcClient jdbc;

    Bounces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void markBouncing(String email, String reason, Long delivery) {
        jdbc.sql("""
                        insert into mailing_bouncing_addresses (email, reason, delivery) values (lower(:e), :r, :d)
                        on conflict (email) do update set reason = excluded.reason, delivery = excluded.delivery
                        """).param("e", email).param("r", reason).param("d", delivery).update();
    }

    /** A bounce report that arrived later: the message is marked bounced, and its address bouncing. */
    @Transactional
    boolean bounced(long delivery, String reason) {
        String email = jdbc.sql("""
                        update outbox_messages set status = :bounced, reason = :r
                         where id = :id and status in (:from) returning recipient
                        """)
                .param("bounced", Change.BOUNCE.to())
                .param("from", Change.BOUNCE.from())
                .param("r", reason)
                .param("id", delivery)
                .query(String.class)
                .optional()
                .orElse(null);
        if (email == null) {
            return false;
        }
        markBouncing(email, reason, delivery);
        return true;
    }

    @Transactional
    public boolean corrected(String email) {
        return jdbc.sql("delete from mailing_bouncing_addresses where email = lower(:e)")
                        .param("e", email)
                        .update()
                > 0;
    }

    @Transactional(readOnly = true)
    public List<BouncingAddress> all() {
        return jdbc.sql("select email, reason, since, delivery from mailing_bouncing_addresses order by since desc")
                .query((rs, n) -> new BouncingAddress(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), (Long) rs.getObject(4)))
                .list();
    }
}
