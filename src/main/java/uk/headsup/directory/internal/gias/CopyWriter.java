package uk.headsup.directory.internal.gias;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to PostgreSQL with {@code COPY ... FROM STDIN} in its text format, a buffer at a time: the fastest way
 * to put many rows into a table, and what the benchmark compares the import with.
 */
final class CopyWriter {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstField = true;
    private long rows;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    CopyWriter add(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyWriter add(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyWriter add(Long value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the number of rows. */
    long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    /** Abandons the COPY after a failure, so that the transaction can be rolled back. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException alreadyBroken) {
            // the rollback that follows reports the connection's state
        }
    }

    private void separate() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
    }

    private void flush() throws SQLException {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
