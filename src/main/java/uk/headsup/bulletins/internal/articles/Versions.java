package uk.headsup.bulletins.internal.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change to an article or edition: who, when, what, and the whole text, to show readable diffs. */
@Repository
public class Versions {

    public enum Subject {
        ARTICLE,
        EDITION
    }

    record Version(long id, int version, String changedBy, Instant changedAt, String what, String snapshot) {}

    /** A version with what changed since the one before it. */
    record Change(Version version, List<Diffs.Line> diff) {}

    private final JdbcClient jdbc;

    Versions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Subject subject, long id, int version, String by, String what, String snapshot) {
        jdbc.sql("insert into bulletin_versions (subject, subject_id, version, changed_by, what, snapshot)"
                        + " values (:subject, :id, :version, :by, :what, :snapshot)")
                .param("subject", subject.name())
                .param("id", id)
                .param("version", version)
                .param("by", by)
                .param("what", what)
                .param("snapshot", snapshot)
                .update();
    }

    /** Whether this person (by signature) recorded a change of the subject other than returning it to the editors. */
    public boolean changedBy(Subject subject, long id, String by) {
        return jdbc.sql("select exists (select 1 from bulletin_versions where subject = :subject and subject_id = :id"
                        + " and changed_by = :by and what not like 'Returned to the editors%')")
                .param("subject", subject.name())
                .param("id", id)
                .param("by", by)
                .query(Boolean.class)
                .single();
    }

    /** Newest first, each with its diff from the one before. */
    public List<Change> history(Subject subject, long id) {
        List<Version> versions = jdbc.sql(
                        "select id, version, changed_by, changed_at, what, snapshot from bulletin_versions"
                                + " where subject = :subject and subject_id = :id order by id")
                .param("subject", subject.name())
                .param("id", id)
                .query((rs, n) -> new Version(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        List<Change> changes = new ArrayList<>();
        String before = "";
        for (Version v : versions) {
            changes.add(new Change(v, Diffs.between(before, v.snapshot())));
            before = v.snapshot();
        }
        Collections.reverse(changes);
        return changes;
    }
}
