package uk.headsup.assessment.internal;

import com.github.benmanes.caffeine.cache.Cache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.FrameworkChange;
import uk.headsup.assessment.FrameworkFormat;
import uk.headsup.assessment.FrameworkJson;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.platform.Caches;

/** Framework versions as stored: their content is the documented JSON format, in a jsonb column. */
@Repository
class JdbcFrameworks implements Frameworks {

    private final JdbcClient jdbc;

    /** A frozen version never changes, so every answer saved need not read and parse it again. */
    private final Cache<Long, FrameworkVersion> frozenVersions;

    JdbcFrameworks(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.frozenVersions = caches.idle("assessment.frozen-versions", 100, Duration.ofHours(12));
    }

    @Override
    @Transactional
    public FrameworkVersion add(String key, Framework framework, String by) {
        return insert(key, framework, null, by);
    }

    private FrameworkVersion insert(String key, Framework framework, Long copiedFrom, String by) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('assessment:' || :key))")
                .param("key", key)
                .query()
                .listOfRows();
        long id = jdbc.sql("""
                        insert into assessment_framework_versions (framework_key, number, title, content, copied_from,
                            created_by)
                        values (:key, (select coalesce(max(number), 0) + 1 from assessment_framework_versions
                                       where framework_key = :key),
                                :title, cast(:content as jsonb), :copiedFrom, :by)
                        returning id
                        """)
                .param("key", key)
                .param("title", framework.title())
                .param("content", FrameworkJson.write(framework))
                .param("copiedFrom", copiedFrom)
                .param("by", by)
                .query(Long.class)
                .single();
        return version(id).orElseThrow();
    }

    @Override
    @Transactional
    public FrameworkVersion importJson(String key, String json, String by) {
        return add(key, FrameworkJson.read(json), by);
    }

    @Override
    public String exportJson(long versionId) {
        return FrameworkJson.write(version(versionId).orElseThrow().framework());
    }

    @Override
    @Transactional
    public FrameworkVersion importFile(String key, FrameworkFormat format, byte[] content, String by) {
        return add(key, format.read(content), by);
    }

    @Override
    public String export(long versionId, FrameworkFormat format) {
        return format.write(version(versionId).orElseThrow().framework());
    }

    @Override
    public Optional<FrameworkVersion> version(long id) {
        FrameworkVersion frozen = frozenVersions.getIfPresent(id);
        if (frozen != null) {
            return Optional.of(frozen);
        }
        Optional<FrameworkVersion> found = jdbc.sql("select * from assessment_framework_versions where id = :id")
                .param("id", id)
                .query(JdbcFrameworks::version)
                .optional();
        found.filter(FrameworkVersion::frozen).ifPresent(v -> frozenVersions.put(id, v));
        return found;
    }

    @Override
    public List<String> keys() {
        return jdbc.sql("select distinct framework_key from assessment_framework_versions order by framework_key")
                .query(String.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FrameworkVersion> versions(String key) {
        return jdbc.sql("select * from assessment_framework_versions where framework_key = :key order by number desc")
                .param("key", key)
                .query(JdbcFrameworks::version)
                .list();
    }

    @Override
    @Transactional
    public FrameworkVersion copy(long versionId, String by) {
        FrameworkVersion from = version(versionId).orElseThrow();
        return insert(from.key(), from.framework(), from.id(), by);
    }

    @Override
    @Transactional
    public FrameworkVersion revise(long versionId, Framework framework) {
        FrameworkVersion version = jdbc.sql("select * from assessment_framework_versions where id = :id for update")
                .param("id", versionId)
                .query(JdbcFrameworks::version)
                .single();
        if (version.frozen()) {
            throw new FrameworkFrozen(version);
        }
        jdbc.sql("update assessment_framework_versions set title = :title, content = cast(:content as jsonb)"
                        + " where id = :id")
                .param("title", framework.title())
                .param("content", FrameworkJson.write(framework))
                .param("id", versionId)
                .update();
        return version(versionId).orElseThrow();
    }

    @Override
    public List<FrameworkChange> changes(long fromVersionId, long toVersionId) {
        return FrameworkChange.between(
                version(fromVersionId).orElseThrow().framework(),
                version(toVersionId).orElseThrow().framework());
    }

    /** Freezes the version, once, when a response first uses it. */
    void freeze(long versionId) {
        jdbc.sql("update assessment_framework_versions set frozen_at = now() where id = :id and frozen_at is null")
                .param("id", versionId)
                .update();
    }

    private static FrameworkVersion version(ResultSet rs, int row) throws SQLException {
        long copied = rs.getLong("copied_from");
        return new FrameworkVersion(
                rs.getLong("id"),
                rs.getString("framework_key"),
                rs.getInt("number"),
                FrameworkJson.read(rs.getString("content")),
                instant(rs.getTimestamp("frozen_at")),
                copied == 0 ? null : copied,
                instant(rs.getTimestamp("created_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
