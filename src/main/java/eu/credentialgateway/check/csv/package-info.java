/**
 * The generic check of csv adapters ({@code CsvCheck}: columns, cell counts, the {@code gw-id}/{@code gw-row}/
 * {@code gw-credential} columns) and the bulk-issuing template it serves: one row against the adapter's
 * {@code check.*} template ({@code CsvRowStage}, {@code CsvRowCheck}, {@code CsvTemplate}), a batch file's header line
 * once ({@code CsvHeaderStage}), spreadsheet-formula injection ({@code FormulaPrefix}). Apart because tabular input has
 * its own reading (records, formulas) that neither XML nor JSON shares.
 */
package eu.credentialgateway.check.csv;
