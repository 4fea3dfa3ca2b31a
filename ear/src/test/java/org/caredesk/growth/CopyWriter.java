package org.caredesk.growth;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: one round trip per
 * 64 KB instead of one per row, which is what makes a million contacts a matter of a minute. Prints progress
 * every {@code step} rows. Values are appended field by field; {@code null} is an unquoted empty field.
 */
final class CopyWriter implements AutoCloseable {
    private static final int FLUSH_BYTES = 1 << 16;
    private final CopyIn copy;
    private String table;
    private final long expected;
    private final PrintStream progress;
    private final long started = System.nanoTime();
    private final StringBuilder row = new StringBuilder(4096);
    private boolean firstField = true;
    private long rows;

    private CopyWriter(CopyIn copy, String table, long expected, PrintStream progress) {
        this.copy = copy;
        this.table = table;
        this.expected = expected;
        this.progress = progress;
    }

    static CopyWriter open(Connection connection, String table, String columns, long expected, PrintStream progress)
            throws SQLException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
        return new CopyWriter(copy, table, expected, progress);
    }

    /** Names the rows in the progress lines ("contact (in cases)" rather than "contact"). */
    CopyWriter named(String label) {
        this.table = label;
        return this;
    }

    CopyWriter value(String text) {
        separate();
        if (text != null) {
            row.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        return this;
    }

    CopyWriter value(long number) {
        separate();
        row.append(number);
        return this;
    }

    CopyWriter value(Long number) {
        separate();
        if (number != null) {
            row.append(number.longValue());
        }
        return this;
    }

    CopyWriter value(double number) {
        separate();
        row.append(number);
        return this;
    }

    CopyWriter value(boolean flag) {
        separate();
        row.append(flag ? "true" : "false");
        return this;
    }

    CopyWriter value(Instant at) {
        separate();
        if (at != null) {
            row.append(at);
        }
        return this;
    }

    CopyWriter value(LocalDate day) {
        separate();
        row.append(day);
        return this;
    }

    /** Ends the current row; sends the buffer once it is big enough. */
    void endRow() throws SQLException {
        row.append('\n');
        firstField = true;
        rows++;
        if (row.length() >= FLUSH_BYTES) {
            flush();
        }
        if (expected >= 100_000 && rows % (expected / 10) == 0) {
            progress.printf("  %s: %,d of %,d rows (%,d ms)%n", table, rows, expected, elapsedMillis());
        }
    }

    long rows() {
        return rows;
    }

    private void separate() {
        if (!firstField) {
            row.append(',');
        }
        firstField = false;
    }

    private void flush() throws SQLException {
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        row.setLength(0);
    }

    private long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        progress.printf("  %s: %,d rows in %,d ms%n", table, rows, elapsedMillis());
    }
}
