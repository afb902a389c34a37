/**
 * The gateway's one CSV reader ({@link eu.credentialgateway.csv.CsvReader}): Apache Commons CSV behind a bounded
 * reader, for the batch files, the check stage's CSV documents and the alignment table builders alike. A support
 * package: it imports no stage.
 */
package eu.credentialgateway.csv;
