package uk.headsup.accounts.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who did what: sign-ins, failed sign-ins, lockouts, invitations and role changes. */
@Component
public class AuditTrail {

    record Entry(Instant at, String actor, String action, String subject, String detail, String client) {}

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(String actor, String action, String subject, String detail, String client) {
        jdbc.sql(
                        "insert into audit_events (actor, action, subject, detail, client) values (:actor, :action, :subject, :detail, :client)")
                .param("actor", actor)
                .param("action", action)
                .param("subject", subject)
                .param("detail", detail)
                .param("client", client)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return jdbc.sql(
                        "select at, actor, action, subject, detail, client from audit_events order by at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
