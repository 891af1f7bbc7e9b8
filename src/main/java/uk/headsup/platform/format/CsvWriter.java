package uk.headsup.platform.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV as spreadsheets read it (RFC 4180 on Apache Commons CSV: quoted where needed, CRLF line ends), with
 * every cell that a spreadsheet would run as a formula made plain text. The one CSV writer of Heads Up: every
 * export goes through it, so the formula guard cannot drift between modules.
 */
public final class CsvWriter implements AutoCloseable {

    /**
     * A cell starting with one of these is run as a formula (or a DDE call) by Excel, LibreOffice or Google Sheets
     * (OWASP "CSV Injection"): =, +, -, @, tab, carriage return, and the full-width forms some spreadsheets accept.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private final CSVPrinter printer;

    public CsvWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; nulls are written as empty cells, everything else with {@link Object#toString()}. */
    public CsvWriter row(List<?> cells) {
        try {
            for (Object cell : cells) {
                printer.print(cell(cell));
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    /**
     * The cell as it is written: a text that a spreadsheet would run as a formula is prefixed with '. A number is
     * written as it is (a negative amount is not a formula, and a finance system must read it as a number).
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long) {
            return text;
        }
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * The text a cell held before {@link #cell} guarded it: a file written here and read back (an import of an
     * export) gets "-1 day" again, not "'-1 day". Only a quote followed by a formula start is taken off.
     */
    public static String unguarded(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A whole table as one string, for small exports. */
    public static String table(List<?> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(header);
        rows.forEach(csv::row);
        csv.flush();
        return out.toString();
    }
}
