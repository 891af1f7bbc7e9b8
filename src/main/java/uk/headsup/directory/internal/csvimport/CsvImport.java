package uk.headsup.directory.internal.csvimport;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.platform.format.CsvText;

/**
 * Runs a CSV import of the authority's own records with the reporting rules every directory import follows:
 * <ul>
 *   <li>a file that is not CSV, or lacks a required column, is refused before anything is written, and the
 *       report says why (naming the missing columns);
 *   <li>each row is added, updated, unchanged or rejected with its line number and reason; the other rows
 *       still import;
 *   <li>all of it happens in one transaction, so nothing is ever half-saved: if the import fails, the
 *       directory is as it was and the report says the import failed;
 *   <li>imports of the same kind run one at a time.
 * </ul>
 */
@Component
public class CsvImport {

    private static final Logger log = LoggerFactory.getLogger(CsvImport.class);

    /**
     * What an import does with each row; one instance per file, so it can remember earlier rows. A handler may read
     * what it needs for the whole file first ({@link #prepare}) and keep its writes until every row is read
     * ({@link #finish}): a file of 20,000 rows is then a few statements, not tens of thousands.
     */
    public interface RowHandler {
        /** Before the first row: every row of the file, those that could not be read included. */
        default void prepare(List<CsvTable.Row> rows) {}

        RowResult apply(CsvTable.Row row);

        /** After the last row, in the same transaction: writes what the rows decided. */
        default void finish() {}
    }

    /** What became of a row, for the report. */
    public record RowResult(ImportReports.Outcome outcome, String reference, String name, String detail) {

        public static RowResult rejected(String reference, String name, String reason) {
            return new RowResult(ImportReports.Outcome.REJECTED, reference, name, reason);
        }

        public static RowResult unchanged(String reference, String name) {
            return new RowResult(ImportReports.Outcome.UNCHANGED, reference, name, null);
        }
    }

    /** One kind of import: its kind in the reports, its required columns and how it reads a row. */
    public interface Kind {
        ImportKind kind();

        List<String> requiredColumns();

        String template();

        RowHandler handler(long importId);
    }

    private final ImportReports reports;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    CsvImport(ImportReports reports, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Imports the file and returns the id of its report. */
    public long run(Kind kind, String fileName, byte[] content, String startedBy) {
        String name = fileName == null || fileName.isBlank() ? "(no name)" : fileName;
        String notCsv = CsvText.notCsv(content);
        if (notCsv != null) {
            return reports.ended(kind.kind(), name, startedBy, ImportStatus.REFUSED, notCsv);
        }
        CsvTable table;
        try {
            table = CsvTable.of(CsvText.decode(content));
        } catch (CsvTable.Refused refused) {
            return reports.ended(kind.kind(), name, startedBy, ImportStatus.REFUSED, refused.getMessage());
        }
        List<String> missing = table.missing(kind.requiredColumns());
        if (!missing.isEmpty()) {
            return reports.ended(kind.kind(), name, startedBy, ImportStatus.REFUSED, missingColumns(missing, kind));
        }
        try {
            return transaction.execute(status -> importRows(kind, name, startedBy, table));
        } catch (RuntimeException e) {
            // The transaction has rolled back: nothing of the file is in the directory. Say so in a report.
            log.error("{} import of {} failed; nothing was saved", kind.kind(), name, e);
            return reports.ended(
                    kind.kind(),
                    name,
                    startedBy,
                    ImportStatus.FAILED,
                    "The import failed and nothing was saved. Try again; if it fails again, tell the team that"
                            + " looks after Heads Up. (" + e.getClass().getSimpleName() + ")");
        }
    }

    private long importRows(Kind kind, String fileName, String startedBy, CsvTable table) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:kind))")
                .param("kind", "directory-import-" + kind.kind().name())
                .query()
                .singleRow();
        long id = reports.start(kind.kind(), fileName, startedBy);
        RowHandler handler = kind.handler(id);
        List<CsvTable.Row> rows = new ArrayList<>();
        table.forEach(rows::add);
        handler.prepare(rows);
        List<ImportReports.Line> lines = new ArrayList<>();
        int read = 0, added = 0, updated = 0, unchanged = 0, rejected = 0;
        for (CsvTable.Row row : rows) {
            read++;
            RowResult result = row.error() != null ? RowResult.rejected(null, null, row.error()) : handler.apply(row);
            switch (result.outcome()) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
            if (result.outcome() != ImportReports.Outcome.UNCHANGED) {
                lines.add(new ImportReports.Line(
                        row.line(), result.outcome(), result.reference(), result.name(), result.detail()));
            }
        }
        handler.finish();
        reports.addLines(id, lines);
        reports.finish(id, read, added, updated, unchanged, rejected);
        return id;
    }

    static String missingColumns(List<String> missing, Kind kind) {
        String columns =
                String.join(", ", missing.stream().map(c -> "‘" + c + "’").toList());
        return (missing.size() == 1 ? "The file has no " + columns + " column" : "The file has no columns " + columns)
                + ". Nothing was imported. The first row must name the columns, as in the template ("
                + kind.template() + ").";
    }
}
