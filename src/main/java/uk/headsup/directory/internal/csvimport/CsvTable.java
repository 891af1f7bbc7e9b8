package uk.headsup.directory.internal.csvimport;

import java.io.StringReader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A CSV file whose first row names its columns. Columns are found by name, ignoring case, spaces around and
 * between words, and their order, so files with extra or reordered columns still read.
 */
public final class CsvTable implements Iterable<CsvTable.Row> {

    private final List<String> header;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final CsvReader reader;

    private CsvTable(List<String> header, CsvReader reader) {
        this.header = header;
        this.reader = reader;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
    }

    /** Reads the header of the text; an empty text or a header that cannot be read is refused. */
    public static CsvTable of(String text) {
        CsvReader reader = new CsvReader(new StringReader(text));
        if (!reader.hasNext()) {
            throw new Refused("The file is empty: its first row must name the columns, as in the template");
        }
        CsvReader.Record first = reader.next();
        if (first.error() != null) {
            throw new Refused("The first row, which names the columns, cannot be read: " + first.error());
        }
        return new CsvTable(first.fields().stream().map(CsvTable::clean).toList(), reader);
    }

    /** The required columns the header does not name, in the order given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(c -> !columns.containsKey(key(c))).toList();
    }

    public List<String> header() {
        return header;
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return reader.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvReader.Record record = reader.next();
                String error = record.error();
                if (error == null && record.fields().size() != header.size()) {
                    error = "The row has " + record.fields().size() + " fields, but the first row names "
                            + header.size() + " columns";
                }
                return new Row(record.line(), record.fields(), error);
            }
        };
    }

    /** One row of the table, by column name. */
    public final class Row {
        private final int line;
        private final List<String> fields;
        private final String error;

        Row(int line, List<String> fields, String error) {
            this.line = line;
            this.fields = fields;
            this.error = error;
        }

        public int line() {
            return line;
        }

        /** Why the row cannot be read as a whole (broken quoting, a wrong number of fields), or null. */
        public String error() {
            return error;
        }

        /** The value in that column, trimmed; empty if the file has no such column or the row is short. */
        public String get(String column) {
            Integer i = columns.get(key(column));
            if (i == null || i >= fields.size()) {
                return "";
            }
            return clean(fields.get(i));
        }
    }

    /** The file cannot be imported at all; nothing is written. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private static String clean(String value) {
        return value.replace('\u00A0', ' ').strip();
    }

    private static String key(String name) {
        return clean(name).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
