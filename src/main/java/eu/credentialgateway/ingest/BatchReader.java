package eu.credentialgateway.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A batch file read row by row: its header line is known as soon as it is open, before any data row is read.
 * Rows are read one ahead, so {@link #hasNext()} can answer without losing one.
 */
abstract class BatchReader implements Iterator<BatchRow>, Closeable {
    private BatchRow next;

    /** The column names of the header line, stripped, in file order. */
    abstract List<String> header();

    /** The 1-based line (CSV) or sheet row (XLSX) holding the header. */
    abstract int headerLine();

    /** The next data row (blank ones skipped), or null at the end of the file. */
    abstract BatchRow readRow();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = readRow();
        }
        return next != null;
    }

    @Override
    public final BatchRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchRow row = next;
        next = null;
        return row;
    }

    @Override
    public abstract void close();
}
