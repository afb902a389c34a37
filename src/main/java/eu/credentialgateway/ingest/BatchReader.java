package eu.credentialgateway.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** A batch file read row by row: its header line is known as soon as it is open, before any data row is read. */
interface BatchReader extends Iterator<BatchRow>, Closeable {
    /** The column names of the header line, stripped, in file order. */
    List<String> header();

    /** The 1-based line (CSV) or sheet row (XLSX) holding the header. */
    int headerLine();

    @Override
    void close();
}
