package uk.headsup.directory.internal.csvimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports that directory imports leave in {@code directory_imports} and {@code directory_import_rows}. */
@Repository
public class ImportReports {

    /** What became of one line of a file. Unchanged lines are only counted. */
    public enum Outcome {
        ADDED("Added", "green"),
        UPDATED("Updated", "blue"),
        UNCHANGED("Unchanged", "grey"),
        REJECTED("Rejected", "red");

        private final String label;
        private final String colour;

        Outcome(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour. */
        public String colour() {
            return colour;
        }
    }

    /** An import as the report page shows it. */
    public record Report(
            long id,
            ImportKind kind,
            String fileName,
            Instant startedAt,
            String startedBy,
            ImportStatus status,
            String message,
            int rowsRead,
            int added,
            int updated,
            int unchanged,
            int rejected) {

        public boolean refused() {
            return status == ImportStatus.REFUSED;
        }

        public boolean failed() {
            return status == ImportStatus.FAILED;
        }

        public String startedAtText() {
            return DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
                    .withZone(ZoneId.of("Europe/London"))
                    .format(startedAt)
                    .replace("AM", "am")
                    .replace("PM", "pm");
        }

        public boolean nothingChanged() {
            return status == ImportStatus.DONE && added == 0 && updated == 0;
        }
    }

    /** A line that did something, or was rejected. */
    public record Line(int line, Outcome outcome, String reference, String name, String detail) {}

    private final JdbcClient jdbc;

    ImportReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(ImportKind kind, String fileName, String startedBy) {
        return jdbc.sql("""
                        insert into directory_imports (kind, file_name, started_by) values (:kind, :file, :by)
                        returning id
                        """)
                .param("kind", kind.name())
                .param("file", fileName)
                .param("by", startedBy)
                .query(Long.class)
                .single();
    }

    /** The lines that did something, or were rejected: one statement for the whole file. */
    void addLines(long importId, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into directory_import_rows (import_id, line, outcome, reference, name, detail)
                        select :id, l.line, l.outcome, l.reference, l.name, l.detail
                          from unnest(:lines::int[], :outcomes::text[], :references::text[], :names::text[],
                                      :details::text[]) as l(line, outcome, reference, name, detail)
                        """)
                .param("id", importId)
                .param("lines", lines.stream().map(Line::line).toArray(Integer[]::new))
                .param("outcomes", lines.stream().map(l -> l.outcome().name()).toArray(String[]::new))
                .param("references", lines.stream().map(Line::reference).toArray(String[]::new))
                .param("names", lines.stream().map(Line::name).toArray(String[]::new))
                .param("details", lines.stream().map(Line::detail).toArray(String[]::new))
                .update();
    }

    void finish(long importId, int read, int added, int updated, int unchanged, int rejected) {
        int finished = jdbc.sql("""
                        update directory_imports
                           set status = :done, finished_at = now(), rows_read = :read, added = :added,
                               updated = :updated, unchanged = :unchanged, rejected = :rejected
                         where id = :id and status in (:running)
                        """)
                .param("done", ImportStatus.DONE.name())
                .param("running", ImportStatus.namesThatMayBecome(ImportStatus.DONE))
                .param("id", importId)
                .param("read", read)
                .param("added", added)
                .param("updated", updated)
                .param("unchanged", unchanged)
                .param("rejected", rejected)
                .update();
        if (finished != 1) {
            throw new IllegalStateException("Import " + importId + " is not running");
        }
    }

    /** An import that wrote nothing to the directory, with the reason: refused (the file) or failed (we did). */
    long ended(ImportKind kind, String fileName, String startedBy, ImportStatus status, String message) {
        if (!status.wroteNothing()) {
            throw new IllegalArgumentException(
                    "An import that ended without writing is refused or failed, not " + status);
        }
        return jdbc.sql("""
                        insert into directory_imports (kind, file_name, started_by, finished_at, status, message)
                        values (:kind, :file, :by, now(), :status, :message)
                        returning id
                        """)
                .param("kind", kind.name())
                .param("file", fileName)
                .param("by", startedBy)
                .param("status", status.name())
                .param("message", message)
                .query(Long.class)
                .single();
    }

    public Optional<Report> report(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ImportReports::report)
                .optional();
    }

    public List<Report> latest(ImportKind kind, int limit) {
        return jdbc.sql(SELECT + " where kind = :kind order by started_at desc, id desc limit :limit")
                .param("kind", kind.name())
                .param("limit", limit)
                .query(ImportReports::report)
                .list();
    }

    public List<Line> lines(long importId) {
        return jdbc.sql("""
                        select line, outcome, reference, name, detail from directory_import_rows
                         where import_id = :id order by line
                        """)
                .param("id", importId)
                .query((rs, n) -> new Line(
                        rs.getInt(1),
                        Outcome.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static final String SELECT = """
            select id, kind, file_name, started_at, started_by, status, message, rows_read, added, updated,
                   unchanged, rejected
              from directory_imports""";

    private static Report report(ResultSet rs, int n) throws SQLException {
        return new Report(
                rs.getLong(1),
                ImportKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getString(5),
                ImportStatus.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12));
    }
}
