package eu.credentialgateway.ingest;

import java.util.List;

/**
 * What became of every row of one batch file: the answer to a CSV/XLSX upload, and the inbox's log line.
 *
 * @param batchId     the batch's id (audit trail column batch_id of every row)
 * @param rows        data rows read (blank rows not counted)
 * @param converted   rows that became a credential
 * @param quarantined rows kept in quarantine with their findings
 * @param duplicates  rows whose content was converted before (inbox)
 * @param results     one entry per row, in file order
 */
public record BatchSummary(String batchId, int rows, int converted, int quarantined, int duplicates, List<RowResult> results) {
    /**
     * One row's outcome.
     *
     * @param row          1-based data row number
     * @param outcome      {@code converted}, {@code quarantined} or {@code duplicate}
     * @param inputId      the row's input id (audit trail, quarantine folder)
     * @param credentialId the credential made, for a converted or duplicate row
     * @param findings     why a quarantined row failed (stage, code, message, location)
     */
    public record RowResult(int row, String outcome, String inputId, String credentialId, List<RowFinding> findings) {
    }

    /** A finding as the batch answer lists it. */
    public record RowFinding(String stage, String code, String message, String location) {
    }

    // Getters for the routes' log line, which calls them by their full name (routes/csv.yaml): there, ${body.rows}
    // would be ambiguous between rows() and getRows().
    public int getRows() {
        return rows;
    }

    public int getConverted() {
        return converted;
    }

    public int getQuarantined() {
        return quarantined;
    }
}
