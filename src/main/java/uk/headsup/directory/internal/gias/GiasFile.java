package uk.headsup.directory.internal.gias;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Reads a GIAS {@code edubasealldata} CSV record by record, as the Department for Education publishes it: Windows-1252
 * (or UTF-8, with or without the byte order mark spreadsheets add), CRLF, text fields quoted and numbers not, quotes
 * doubled inside quoted fields. A quoted field may hold commas and line breaks. Each record knows the line it starts
 * on (the header is line 1), so that problems can be reported where a person would look for them.
 */
final class GiasCsvReader implements Closeable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 64 * 1024;

    private final Reader in;
    private final Charset charset;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;

    private final List<String> header;
    /** The current record's text, field after field, quotes undone; a field becomes a String only when asked for. */
    private char[] text = new char[4096];

    private int textLength;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int count;
    private String[] strings = new String[256];
    private final Fields fields = new Fields();
    private int line = 1;
    private int recordLine;
    private String problem;

    private GiasCsvReader(Reader in, Charset charset) throws IOException {
        this.in = in;
        this.charset = charset;
        if (!readRecord()) {
            throw new GiasFileRefused("The file is empty: a GIAS file starts with a line of column names");
        }
        if (problem != null) {
            throw new GiasFileRefused("The line of column names cannot be read: " + problem);
        }
        List<String> names = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            names.add(fields.get(i).strip());
        }
        this.header = List.copyOf(names);
    }

    /** Opens a GIAS file: UTF-8 if it starts with a byte order mark or is valid UTF-8, otherwise Windows-1252. */
    static GiasCsvReader open(InputStream stream) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(stream, SNIFF);
        bytes.mark(SNIFF);
        byte[] start = bytes.readNBytes(SNIFF);
        bytes.reset();
        Charset charset = WINDOWS_1252;
        if (start.length >= 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb && (start[2] & 0xff) == 0xbf) {
            bytes.skipNBytes(3);
            charset = StandardCharsets.UTF_8;
        } else if (!isAscii(start) && isUtf8(start)) {
            charset = StandardCharsets.UTF_8;
        }
        return new GiasCsvReader(new InputStreamReader(bytes, charset), charset);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether these first bytes of a file decode as UTF-8 (a character cut off at the end is allowed). */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = bytes.length;
        // Drop a multi-byte character that the sniffing window may have cut in two.
        for (int i = Math.max(0, end - 3); i < end; i++) {
            if ((bytes[i] & 0xc0) == 0xc0) {
                end = i;
                break;
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    Charset charset() {
        return charset;
    }

    /** The column names, in file order, trimmed. */
    List<String> header() {
        return header;
    }

    /** Moves to the next record, skipping empty lines; false at the end of the file. */
    boolean next() throws IOException {
        while (readRecord()) {
            if (count > 1 || ends[0] > starts[0] || problem != null) {
                return true;
            }
        }
        return false;
    }

    /** The line the current record starts on. */
    int line() {
        return recordLine;
    }

    /** The fields of the current record; valid until the next call of {@link #next()}. */
    List<String> fields() {
        return fields;
    }

    /** The current record's fields, each made a String the first time it is asked for. */
    private final class Fields extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException(index);
            }
            String s = strings[index];
            if (s == null) {
                s = starts[index] == ends[index] ? "" : new String(text, starts[index], ends[index] - starts[index]);
                strings[index] = s;
            }
            return s;
        }

        @Override
        public int size() {
            return count;
        }
    }

    /** Why the current record is malformed (an unclosed quote, text after a closing quote), or null. */
    String problem() {
        return problem;
    }

    private boolean readRecord() throws IOException {
        Arrays.fill(strings, 0, count, null);
        count = 0;
        textLength = 0;
        problem = null;
        recordLine = line;
        int c = read();
        if (c < 0) {
            return false;
        }
        while (true) {
            startField();
            if (c == '"') {
                c = readQuoted();
            } else {
                c = readPlain(c);
            }
            ends[count++] = textLength;
            if (c == ',') {
                c = read();
                continue;
            }
            // end of line or of input
            if (c == '\r') {
                line++;
                if (peek() == '\n') {
                    read();
                }
            } else if (c == '\n') {
                line++;
            }
            return true;
        }
    }

    private void startField() {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            strings = Arrays.copyOf(strings, size);
        }
        starts[count] = textLength;
    }

    private void append(char[] from, int offset, int length) {
        if (textLength + length > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
        }
        System.arraycopy(from, offset, text, textLength, length);
        textLength += length;
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int readPlain(int c) throws IOException {
        while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
            // Copy a run of ordinary characters from the buffer at once.
            int start = position - 1;
            int end = position;
            while (end < limit) {
                char d = buffer[end];
                if (d == ',' || d == '\r' || d == '\n') {
                    break;
                }
                end++;
            }
            append(buffer, start, end - start);
            position = end;
            c = read();
        }
        return c;
    }

    /** Reads a quoted field whose opening quote has been read; returns the character after it. */
    private int readQuoted() throws IOException {
        int startLine = line;
        while (true) {
            // Copy a run of characters that are neither quotes nor line breaks at once.
            int end = position;
            while (end < limit) {
                char d = buffer[end];
                if (d == '"' || d == '\r' || d == '\n') {
                    break;
                }
                end++;
            }
            append(buffer, position, end - position);
            position = end;
            int c = read();
            if (c < 0) {
                problem = "a quoted field that starts on line " + startLine + " is never closed";
                return c;
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    append('"');
                    continue;
                }
                if (d == ',' || d == '\r' || d == '\n' || d < 0) {
                    return d;
                }
                if (problem == null) {
                    problem = "field " + (count + 1) + " has text after its closing quote";
                }
                while (d >= 0 && d != ',' && d != '\r' && d != '\n') {
                    append((char) d);
                    d = read();
                }
                return d;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            append((char) c);
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            endOfInput = true;
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    @Override
    public String toString() {
        return "GiasCsvReader[" + charset + ", line " + line + ", header " + Arrays.toString(header.toArray()) + "]";
    }
}
