package uk.headsup.wellbeing.internal.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Every reading of a request by a coordinator: who, which request number, when. Never what it says. */
@Repository
public class AccessLog {

    public record Read(long requestNumber, String readBy, Instant readAt) {}

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long requestNumber, String readBy) {
        jdbc.sql("insert into wellbeing_request_reads (request_number, read_by) values (:n, :by)")
                .param("n", requestNumber)
                .param("by", readBy)
                .update();
    }

    /** The latest readings first. */
    @Transactional(readOnly = true)
    public List<Read> latest(int limit) {
        return jdbc.sql("""
                        select request_number, read_by, read_at from wellbeing_request_reads
                         order by read_at desc, id desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new Read(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, Timestamp.class).toInstant()))
                .list();
    }
}
