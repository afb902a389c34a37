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
    private RuntimeException refusal;

    /** The column names of the header line, stripped, in file order. */
    abstract List<String> header();

    /** The 1-based line (CSV) or sheet row (XLSX) holding the header. */
    abstract int headerLine();

    /** The next data row (blank ones skipped), or null at the end of the file. */
    abstract BatchRow readRow();

    /**
     * A row that breaks a bound (or cannot be read) ends the iteration instead of throwing out of it: an exception
     * thrown from a streaming split's iterator left the HTTP request waiting forever. The refusal is kept and
     * thrown after the split by {@code gateway:batchEnd} ({@link BatchEndStage}).
     */
    @Override
    public final boolean hasNext() {
        if (next == null && refusal == null) {
            try {
                next = readRow();
            } catch (RuntimeException broken) {
                refusal = broken;
            }
        }
        return next != null;
    }

    /** Why the file stopped before its end, or null when it was read to the end. */
    final RuntimeException refusal() {
        return refusal;
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
