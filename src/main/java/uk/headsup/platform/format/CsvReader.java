package uk.headsup.platform.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV file with a header row (on Apache Commons CSV), mapping columns by their header name, case and
 * spaces ignored, so that columns may come in any order. Rows carry their line number, so that a
 * module's own checks can say "line 14, column 'Date of birth': ...". A file that is not CSV at all (an unclosed
 * quote, say) is refused with the line where reading stopped. A file too large to hold (GIAS's 55 MB) is read
 * record by record with {@link #stream(Reader)}.
 */
public final class CsvReader {

    private CsvReader() {}

    /**
     * One data row: its line in the file (the header is line 1), its cells by header, and how many fields it had
     * (so that a module can refuse a row with more or fewer than the header names).
     */
    public record Row(long line, Map<String, String> cells, int fields) {

        /** The cell of that column with spaces (non-breaking ones too) trimmed; empty when missing or blank. */
        public String get(String column) {
            String value = cells.get(key(column));
            return value == null ? "" : clean(value);
        }

        public Optional<String> optional(String column) {
            String value = get(column);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        public boolean has(String column) {
            return cells.containsKey(key(column));
        }
    }

    /** The header (as written) and the rows. */
    public record Table(List<String> header, List<Row> rows) {

        public boolean hasColumn(String column) {
            return header.stream().anyMatch(h -> key(h).equals(key(column)));
        }

        /** The required columns the header lacks, in the order asked. */
        public List<String> missing(List<String> required) {
            return required.stream().filter(c -> !hasColumn(c)).toList();
        }
    }

    /** Raised when the file cannot be read as CSV; says at which line. */
    public static final class MalformedCsv extends RuntimeException {
        private final long line;

        MalformedCsv(long line, String message) {
            super("Line " + line + ": " + message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    public static Table read(Reader in) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (CSVParser parser = format.parse(in)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> clean(h.replace("\uFEFF", "")))
                    .toList();
            List<Row> rows = new ArrayList<>();
            long endOfPrevious = 1; // the header's line
            try {
                for (CSVRecord record : parser) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < record.size(); i++) {
                        cells.putIfAbsent(key(header.get(i)), record.get(i));
                    }
                    // Empty lines are records too (see the format), so each record starts on the line after the
                    // one the previous record ended on: a row is named by the line it starts on, even when a quoted
                    // cell spans several.
                    long line = endOfPrevious + 1;
                    endOfPrevious = Math.max(parser.getCurrentLineNumber(), line);
                    if (cells.values().stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    rows.add(new Row(line, cells, record.size()));
                }
            } catch (UncheckedIOException e) {
                throw new MalformedCsv(
                        parser.getCurrentLineNumber(),
                        "the file is not valid CSV (" + e.getCause().getMessage() + ")");
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new MalformedCsv(0, "the file is not valid CSV (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new MalformedCsv(1, "the header row cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a large file record by record, keeping nothing but the current record: the header is the first record,
     * empty lines are skipped, and each record knows the line it starts on. A record that is not CSV (an unclosed
     * quote, text after a closing quote) stops the reading with {@link MalformedCsv} naming its line.
     */
    public static Records stream(Reader in) {
        CSVFormat format =
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try {
            return new Records(format.parse(in));
        } catch (IOException e) {
            throw new MalformedCsv(0, "the file is not valid CSV (" + e.getMessage() + ")");
        }
    }

    /** The records of a file read by {@link #stream(Reader)}, one at a time. */
    public static final class Records implements Closeable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;
        private List<String> fields = List.of();
        private long line;
        private long endOfPrevious;

        private Records(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
            if (!advance()) {
                throw new MalformedCsv(1, "the file is empty: it should start with a line of column names");
            }
            this.header =
                    fields.stream().map(h -> clean(h.replace("\uFEFF", ""))).toList();
        }

        /** The column names, in file order, trimmed. */
        public List<String> header() {
            return header;
        }

        /** Moves to the next record, skipping empty lines; false at the end of the file. */
        public boolean next() {
            while (advance()) {
                if (fields.size() > 1 || !fields.get(0).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** The line the current record starts on (the header is line 1). */
        public long line() {
            return line;
        }

        /** The fields of the current record, as written (quotes undone, nothing trimmed). */
        public List<String> fields() {
            return fields;
        }

        private boolean advance() {
            try {
                if (!records.hasNext()) {
                    return false;
                }
                CSVRecord record = records.next();
                // Empty lines are records too, so each record starts on the line after the one the previous ended
                // on, even when a quoted cell of the previous one spanned several.
                line = endOfPrevious + 1;
                endOfPrevious = Math.max(parser.getCurrentLineNumber(), line);
                fields = Arrays.asList(record.values());
                return true;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException notCsv) {
                    throw new MalformedCsv(
                            endOfPrevious + 1, "the file is not valid CSV (" + notCsv.getMessage() + ")");
                }
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** Spreadsheets pad cells with non-breaking spaces as well as ordinary ones. */
    private static String clean(String value) {
        return value.replace('\u00A0', ' ').strip();
    }

    /** Columns are found by name whatever their case and the spaces around and between words. */
    private static String key(String column) {
        return clean(column.replace("\uFEFF", "")).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
