package uk.headsup.platform.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV file with a header row (on Apache Commons CSV), mapping columns by their header name, case and
 * spaces ignored, so that columns may come in any order. Rows carry their line number, so that a
 * module's own checks can say "line 14, column 'Date of birth': ...". A file that is not CSV at all (an unclosed
 * quote, say) is refused with the line where reading stopped.
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

    /** Spreadsheets pad cells with non-breaking spaces as well as ordinary ones. */
    private static String clean(String value) {
        return value.replace('\u00A0', ' ').strip();
    }

    /** Columns are found by name whatever their case and the spaces around and between words. */
    private static String key(String column) {
        return clean(column.replace("\uFEFF", "")).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
