package uk.headsup.directory.internal.csvimport;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads CSV as RFC 4180 writes it and spreadsheets save it: comma-separated, fields optionally in double quotes
 * (a doubled quote inside is one quote, commas and line breaks inside are kept), lines ending in CRLF or LF.
 * Each record knows the line of the file it starts on. Blank lines, and lines of empty fields such as
 * spreadsheets write for blank rows, are skipped. A record with broken quoting is returned with an error
 * instead of guessing what it meant.
 */
public final class CsvReader implements Iterator<CsvReader.Record> {

    /** One record: its fields, or why it could not be read. */
    public record Record(int line, List<String> fields, String error) {}

    private final PushbackReader in;
    private int line = 1;
    private Record next;
    private boolean done;

    public CsvReader(Reader in) {
        this.in = new PushbackReader(in, 1);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record record = next;
        next = null;
        return record;
    }

    private Record read() {
        try {
            while (true) {
                Record record = readRecord();
                if (record == null) {
                    return null;
                }
                if (record.error() != null || record.fields().stream().anyMatch(f -> !f.isBlank())) {
                    return record;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Record readRecord() throws IOException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean afterClosingQuote = false;
        boolean readAnything = false;
        String error = null;
        while (true) {
            int c = in.read();
            if (c == -1) {
                if (!readAnything) {
                    return null;
                }
                if (inQuotes) {
                    error = "A quoted field starting on this line is not closed, so the rest of the file"
                            + " could not be read";
                }
                fields.add(field.toString());
                return new Record(start, fields, error);
            }
            readAnything = true;
            if (inQuotes) {
                if (c == '"') {
                    int following = in.read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        afterClosingQuote = true;
                        if (following != -1) {
                            in.unread(following);
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
                afterClosingQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int following = in.read();
                    if (following != '\n' && following != -1) {
                        in.unread(following);
                    }
                }
                line++;
                fields.add(field.toString());
                return new Record(start, fields, error);
            } else if (c == '"') {
                if (field.isEmpty() && !quoted) {
                    quoted = true;
                    inQuotes = true;
                } else if (error == null) {
                    error = "A field has a double quote in the middle: put the whole field in double quotes and"
                            + " write the quote twice (\"\")";
                }
            } else if (afterClosingQuote) {
                if (!Character.isWhitespace(c) && error == null) {
                    error = "A field has text after its closing double quote";
                }
            } else {
                field.append((char) c);
            }
        }
    }
}
