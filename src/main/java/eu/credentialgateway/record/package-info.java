/**
 * Record: the audit trail, one database row per input (table {@code audit_entry}, Flyway migrations in
 * {@code db/migration}; H2 file by default, PostgreSQL by {@code spring.datasource.*}), and the input's alignment
 * decisions (table {@code alignment_decision}, {@link eu.credentialgateway.record.AlignmentLog}).
 *
 * <p>Entry: {@link eu.credentialgateway.record.RecordStage} (bean {@code recordStage}), called as
 * {@code gateway:record?outcome=received|converted|quarantined|duplicate}.
 * <ul>
 * <li>Input: headers {@code GatewayInputId}, {@code GatewayContentHash}, {@code GatewayFormat}, {@code GatewaySource},
 * {@code GatewayCredentialId}; property {@code GatewayOutcome} (absent: quarantined when an exception was caught,
 * else converted); for quarantined, {@code CamelExceptionCaught} (findings of a GatewayException, or one
 * {@code internal-error} finding naming the exception class only); for duplicate, property {@code GatewayDuplicateOf}
 * (the earlier input id; when it is not an id, the earlier conversion is looked up by format + hash).</li>
 * <li>Output: the row is inserted (received) or finished (inserted first when missing). For converted and
 * quarantined, the align stage's decisions (property {@code GatewayAlignments}) are stored too, in place of any stored
 * before for the input, after the queued phrases have gone to the review queue
 * ({@link eu.credentialgateway.review.ReviewQueue}, which gives each its review item id). The exchange is unchanged,
 * except that an input without a valid input id gets one.</li>
 * <li>Failures: database errors propagate (Spring's DataAccessException); an unknown outcome is an
 * IllegalArgumentException (a route mistake).</li>
 * </ul>
 * The row holds ids, the content hash, finding codes and a bounded summary ({@code gateway.record.summary-length});
 * never names, birth dates, national identifiers, e-mails or the inbox file name.
 * {@link eu.credentialgateway.record.AuditTrail} is the API for other parts (inbox de-duplication, counts).
 *
 * <p>Receipts (Flyway {@code V22__receipts.sql}): at the end of an input, the steps it went through ({@code StepTrail},
 * traced by the {@code gateway:} component), the notes and errors each left (code and location only) and its seals
 * ({@code SealRecord}) are stored by {@link eu.credentialgateway.record.ReceiptLog}; the row number of a batch row in
 * {@code audit_entry.batch_row}; batches in {@code input_batch} ({@link eu.credentialgateway.record.BatchLog}, opened and
 * finished by ingest).
 *
 * <p>{@code GET /api/v1/inputs/{id}} ({@link eu.credentialgateway.api.InputController}) shows an input's receipt:
 * status, received, finished, stages with their findings, alignments, seals, deliveries with every attempt (from
 * {@link eu.credentialgateway.deliver.DeliveryLedger}) and the audit trail's events (docs/receipts-and-batches.md);
 * {@code GET /api/v1/batches/{id}} ({@link eu.credentialgateway.api.BatchController}) a batch's counts per outcome,
 * deliveries per target and state, and quarantined rows (docs/receipts-and-batches.md). 404 problems for unknown ids.
 * The alignment rows hold IRIs, codes and learning-outcome phrases (course content), never the learner's data.
 *
 * <p>Retention (Flyway {@code V25__retention.sql}, docs/operations.md, Retention): {@link eu.credentialgateway.record.AuditDetailsPurge}
 * removes the details of long-finished inputs and leaves their counts on the row; the row also says when and by whom
 * its quarantine files went ({@link eu.credentialgateway.record.RetentionMarks}). {@code DELETE /api/v1/quarantine/{inputId}}
 * ({@link eu.credentialgateway.record.QuarantineController}) removes one entry; the scheduled purge is in
 * {@code retention}.
 */
package eu.credentialgateway.record;

import eu.credentialgateway.api.BatchController;
import eu.credentialgateway.api.InputController;
