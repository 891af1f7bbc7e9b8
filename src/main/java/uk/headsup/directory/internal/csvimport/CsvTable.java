package uk.headsup.directory.internal.csvimport;

import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import uk.headsup.platform.format.CsvReader;

/**
 * A CSV file whose first row names its columns, read by the platform's {@link CsvReader}. Columns are found by
 * name, ignoring case, spaces around and between words, and their order, so files with extra or reordered columns
 * still read. A file that is not CSV at all (a quote never closed, text after a closing quote) is refused with the
 * line where reading stopped; a row with more or fewer fields than the header names carries an error of its own.
 */
public final class CsvTable implements Iterable<CsvTable.Row> {

    private final CsvReader.Table table;

    private CsvTable(CsvReader.Table table) {
        this.table = table;
    }

    /** Reads the whole text; an empty text or one that is not CSV is refused. */
    public static CsvTable of(String text) {
        CsvReader.Table table;
        try {
            table = CsvReader.read(new StringReader(text));
        } catch (CsvReader.MalformedCsv e) {
            throw new Refused("The file cannot be read as CSV. " + e.getMessage()
                    + ". Nothing was imported: check that every double quote is closed, or save the file from a"
                    + " spreadsheet as CSV again.");
        }
        if (table.header().stream().allMatch(String::isBlank)) {
            throw new Refused("The file is empty: its first row must name the columns, as in the template");
        }
        return new CsvTable(table);
    }

    /** The required columns the header does not name, in the order given. */
    public List<String> missing(List<String> required) {
        return table.missing(required);
    }

    public List<String> header() {
        return table.header();
    }

    @Override
    public Iterator<Row> iterator() {
        int columns = table.header().size();
        return table.rows().stream()
                .map(row -> new Row(
                        row,
                        row.fields() == columns
                                ? null
                                : "The row has " + row.fields() + " fields, but the first row names " + columns
                                        + " columns"))
                .iterator();
    }

    /** One row of the table, by column name. */
    public static final class Row {
        private final CsvReader.Row row;
        private final String error;

        Row(CsvReader.Row row, String error) {
            this.row = row;
            this.error = error;
        }

        public int line() {
            return (int) row.line();
        }

        /** Why the row cannot be read as a whole (a wrong number of fields), or null. */
        public String error() {
            return error;
        }

        /** The value in that column, trimmed; empty if the file has no such column or the row is short. */
        public String get(String column) {
            return row.get(column);
        }
    }

    /** The file cannot be imported at all; nothing is written. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
