package eu.credentialgateway.ingest;

/**
 * One data row of a batch file, ready to be its own input: {@code csv} is a CSV document of two lines,
 * the file's header and this row (comma-separated, UTF-8).
 *
 * @param number the 1-based data row number (1 = the row below the header line; blank rows count)
 */
public record BatchRow(int number, byte[] csv) {
}
