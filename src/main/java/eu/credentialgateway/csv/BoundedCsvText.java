package eu.credentialgateway.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text Commons CSV reads, followed character by character as it passes (the same quoting rules: a quote opens a
 * cell only at its start, {@code ""} inside is one quote, text after a closing quote belongs to the cell), so that a
 * cell, a record or a column count past its bound fails the read before the parser has collected it. Counts cell
 * content only: delimiters, line breaks between records and enclosing quotes are not characters of a row.
 */
final class BoundedCsvText extends FilterReader {
    private enum State { CELL_START, PLAIN, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private final CsvReader.Bounds bounds;
    private State state = State.CELL_START;
    private long record = 1;
    private long line = 1;
    private int column = 1;
    private int cellChars;
    private long rowChars;
    private boolean afterCarriageReturn;

    BoundedCsvText(Reader in, char delimiter, CsvReader.Bounds bounds) {
        super(in);
        this.delimiter = delimiter;
        this.bounds = bounds;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            follow(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("a CSV text is read, not skipped");
    }

    long record() {
        return record;
    }

    long line() {
        return line;
    }

    int column() {
        return column;
    }

    private void follow(char c) throws CsvReader.Refused {
        boolean newLine = c == '\r' || c == '\n' && !afterCarriageReturn;
        boolean lineFeedOfCrLf = c == '\n' && afterCarriageReturn;
        afterCarriageReturn = c == '\r';
        if (newLine) {
            line++;
        }
        switch (state) {
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    content();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    content();
                } else {
                    plain(c, lineFeedOfCrLf);
                }
            }
            case CELL_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else {
                    plain(c, lineFeedOfCrLf);
                }
            }
            case PLAIN -> plain(c, lineFeedOfCrLf);
        }
    }

    /** {@code c} outside quotes. */
    private void plain(char c, boolean lineFeedOfCrLf) throws CsvReader.Refused {
        if (lineFeedOfCrLf) {
            return; // the record ended at the \r
        }
        if (c == delimiter) {
            state = State.CELL_START;
            cellChars = 0;
            column++;
            if (column > bounds.maxColumns()) {
                throw new CsvReader.Refused(CsvReader.Refused.Why.TOO_MANY_COLUMNS, record, line, column);
            }
        } else if (c == '\r' || c == '\n') {
            state = State.CELL_START;
            cellChars = 0;
            rowChars = 0;
            column = 1;
            record++;
        } else {
            state = State.PLAIN;
            content();
        }
    }

    private void content() throws CsvReader.Refused {
        if (++cellChars > bounds.maxCellChars()) {
            throw new CsvReader.Refused(CsvReader.Refused.Why.CELL_TOO_LONG, record, line, column);
        }
        if (++rowChars > bounds.maxRowChars()) {
            throw new CsvReader.Refused(CsvReader.Refused.Why.ROW_TOO_LONG, record, line, column);
        }
    }
}
