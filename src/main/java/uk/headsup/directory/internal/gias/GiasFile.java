package uk.headsup.directory.internal.gias;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.headsup.platform.format.CsvReader;

/**
 * A GIAS {@code edubasealldata} (or links) CSV file read record by record through {@link CsvReader#stream}, as the
 * Department for Education publishes it: Windows-1252 (or UTF-8, with or without the byte order mark spreadsheets
 * add), CRLF, text fields quoted and numbers not. Each record knows the line it starts on (the header is line 1). A
 * record that is not CSV (an unclosed quote, text after a closing quote) refuses the whole file, naming its line.
 */
final class GiasFile implements Closeable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 64 * 1024;

    private final CsvReader.Records records;
    private final Charset charset;

    private GiasFile(CsvReader.Records records, Charset charset) {
        this.records = records;
        this.charset = charset;
    }

    /** Opens a GIAS file: UTF-8 if it starts with a byte order mark or is valid UTF-8, otherwise Windows-1252. */
    static GiasFile open(InputStream stream) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(stream, SNIFF);
        bytes.mark(SNIFF);
        byte[] start = bytes.readNBytes(SNIFF);
        bytes.reset();
        if (start.length == 0 || (start.length == 3 && (start[0] & 0xff) == 0xef)) {
            throw new GiasFileRefused("The file is empty: a GIAS file starts with a line of column names");
        }
        Charset charset = WINDOWS_1252;
        if (start.length >= 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb && (start[2] & 0xff) == 0xbf) {
            bytes.skipNBytes(3);
            charset = StandardCharsets.UTF_8;
        } else if (!isAscii(start) && isUtf8(start)) {
            charset = StandardCharsets.UTF_8;
        }
        try {
            return new GiasFile(CsvReader.stream(new InputStreamReader(bytes, charset)), charset);
        } catch (CsvReader.MalformedCsv e) {
            throw new GiasFileRefused("The line of column names cannot be read: " + e.getMessage());
        }
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
        return records.header();
    }

    /**
     * Moves to the next record, skipping empty lines; false at the end of the file.
     *
     * @throws GiasFileRefused if the record is not CSV: the import saves nothing and says which line
     */
    boolean next() {
        try {
            return records.next();
        } catch (CsvReader.MalformedCsv e) {
            throw new GiasFileRefused(e.getMessage() + ". Nothing was saved: is it the file as downloaded from GIAS?");
        }
    }

    /** The line the current record starts on. */
    int line() {
        return (int) records.line();
    }

    /** The fields of the current record; valid until the next call of {@link #next()}. */
    List<String> fields() {
        return records.fields();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
