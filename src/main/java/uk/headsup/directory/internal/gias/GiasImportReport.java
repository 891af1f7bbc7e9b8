package uk.headsup.directory.internal.gias;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import uk.headsup.directory.internal.csvimport.ImportStatus;

/**
 * What one GIAS import did, as {@code directory_imports} keeps it.
 *
 * @param status DONE, REFUSED (nothing read: the file or the moment was wrong) or FAILED (nothing saved)
 * @param laCodes the local authorities whose establishments it kept, as {@link LocalAuthorities#describe()}
 * @param skipped rows of other local authorities, left out
 */
public record GiasImportReport(
        long id,
        ImportStatus status,
        String message,
        String fileName,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        String laCodes,
        int rowsRead,
        int added,
        int updated,
        int closed,
        int unchanged,
        int rejected,
        int skipped,
        int trustsAdded,
        int trustsRenamed) {

    /** How the report of an establishment links file begins its message. */
    static final String LINKS = "Establishment links (predecessors and successors)";

    public boolean done() {
        return status == ImportStatus.DONE;
    }

    public boolean refused() {
        return status == ImportStatus.REFUSED;
    }

    public boolean failed() {
        return status == ImportStatus.FAILED;
    }

    /** Whether it changed nothing in the directory. */
    public boolean changedNothing() {
        return added == 0 && updated == 0 && closed == 0 && trustsAdded == 0 && trustsRenamed == 0;
    }

    public Duration duration() {
        return finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
    }

    public String durationText() {
        return String.format(Locale.UK, "%.1f s", duration().toMillis() / 1000.0);
    }

    public String statusLabel() {
        return status.label();
    }

    /** One paragraph, for the command line and the page's banner. */
    public String summary() {
        if (!done()) {
            return "GIAS import of " + fileName + " " + statusLabel().toLowerCase(Locale.UK) + ": " + message;
        }
        if (message != null && message.startsWith(LINKS)) {
            return "GIAS import of " + fileName + ": " + message + " Took " + durationText() + ".";
        }
        StringBuilder s = new StringBuilder("GIAS import of ")
                .append(fileName)
                .append(": ")
                .append(n(added))
                .append(" added, ")
                .append(n(updated))
                .append(" updated, ")
                .append(n(closed))
                .append(" closed, ")
                .append(n(unchanged))
                .append(" unchanged, ")
                .append(n(rejected))
                .append(" rejected.");
        if (changedNothing()) {
            s.append(" Nothing changed in the directory.");
        }
        s.append(" ")
                .append(n(rowsRead))
                .append(" rows read; ")
                .append(n(skipped))
                .append(" of other local authorities left out (kept: ")
                .append(laCodes)
                .append("). Academy trusts: ")
                .append(n(trustsAdded))
                .append(" added, ")
                .append(n(trustsRenamed))
                .append(" renamed. Took ")
                .append(durationText())
                .append('.');
        if (message != null) {
            s.append(' ').append(message);
        }
        return s.toString();
    }

    private static String n(int n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }
}
