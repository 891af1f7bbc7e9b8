package uk.headsup.directory.internal.gias;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.internal.csvimport.ImportKind;
import uk.headsup.directory.internal.csvimport.ImportStatus;

/** The reports GIAS imports leave in {@code directory_imports} and {@code directory_import_rows}. */
@Repository
public class GiasImportReports {

    private static final String COLUMNS = """
            id, status, message, file_name, started_by, started_at, finished_at, la_codes, rows_read,
            added, updated, closed, unchanged, rejected, skipped, trusts_added, trusts_renamed
            """;

    /** A row of the report: an establishment added, updated or closed, or a record rejected. */
    public record Row(int line, String outcome, String urn, String name, String detail) {}

    /** One change made to an establishment by an import. */
    public record Change(String urn, String field, String oldValue, String newValue) {}

    private final JdbcClient jdbc;

    GiasImportReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<GiasImportReport> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from directory_imports where kind = :gias order by id desc limit :n")
                .param("gias", ImportKind.GIAS.name())
                .param("n", limit)
                .query(GiasImportReports::report)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<GiasImportReport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from directory_imports where kind = :gias and id = :id")
                .param("gias", ImportKind.GIAS.name())
                .param("id", id)
                .query(GiasImportReports::report)
                .optional();
    }

    /** The rows of a report with this outcome, in file order, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Row> rows(long id, String outcome, int limit) {
        return jdbc.sql("""
                        select line, outcome, reference, name, detail from directory_import_rows
                         where import_id = :id and outcome = :outcome order by line limit :n
                        """)
                .param("id", id)
                .param("outcome", outcome)
                .param("n", limit)
                .query((rs, n) ->
                        new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** What the import changed on the establishments of these rows (trusts' renamings aside). */
    @Transactional(readOnly = true)
    public List<Change> changes(long id, List<String> urns) {
        if (urns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select o.urn, c.field, c.old_value, c.new_value
                          from organisation_changes c join organisations o on o.id = c.organisation_id
                         where c.import_id = :id and o.urn in (:urns)
                         order by c.id
                        """)
                .param("id", id)
                .param("urns", urns)
                .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Records an import that read nothing, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public GiasImportReport saveUnread(
            ImportStatus status,
            String fileName,
            String startedBy,
            LocalAuthorities keep,
            Instant startedAt,
            String message) {
        long id = jdbc.sql("""
                        insert into directory_imports (kind, file_name, started_at, finished_at, started_by, status, message, la_codes)
                        values (:gias, :file, :started, now(), :by, :status, :message, :la)
                        returning id
                        """)
                .param("gias", ImportKind.GIAS.name())
                .param("file", fileName)
                .param("started", Timestamp.from(startedAt))
                .param("by", startedBy)
                .param("status", status.name())
                .param("message", message)
                .param("la", keep.describe())
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    /** The report of a links file: its rows read and the predecessor links kept, which replaced those before. */
    GiasImportReport saveLinks(
            String fileName, String startedBy, LocalAuthorities keep, Instant startedAt, GiasLinks.Imported imported) {
        long id = jdbc.sql("""
                        insert into directory_imports (kind, file_name, started_at, finished_at, started_by, status,
                               message, la_codes, rows_read)
                        values (:gias, :file, :started, now(), :by, :done, :message, :la, :rows)
                        returning id
                        """)
                .param("gias", ImportKind.GIAS.name())
                .param("file", fileName)
                .param("started", Timestamp.from(startedAt))
                .param("by", startedBy)
                .param(
                        "message",
                        GiasImportReport.LINKS + ": " + imported.links()
                                + " predecessor links kept of " + imported.rowsRead()
                                + " rows read; they replace the links imported before.")
                .param("la", keep.describe())
                .param("done", ImportStatus.DONE.name())
                .param("rows", imported.rowsRead())
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    private static GiasImportReport report(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new GiasImportReport(
                rs.getLong("id"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getString("message"),
                rs.getString("file_name"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("la_codes"),
                rs.getInt("rows_read"),
                rs.getInt("added"),
                rs.getInt("updated"),
                rs.getInt("closed"),
                rs.getInt("unchanged"),
                rs.getInt("rejected"),
                rs.getInt("skipped"),
                rs.getInt("trusts_added"),
                rs.getInt("trusts_renamed"));
    }
}
