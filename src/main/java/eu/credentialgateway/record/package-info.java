/**
 * Record: the audit trail, one database row per input (table {@code audit_entry}, Flyway migrations in
 * {@code db/migration}; H2 file by default, PostgreSQL by {@code spring.datasource.*}).
 *
 * <p>Entry: {@link eu.credentialgateway.record.RecordStage} (bean {@code recordStage}), called as
 * {@code gateway:record?outcome=received|converted|quarantined|duplicate}.
 * <ul>
 * <li>Input: headers {@code GatewayInputId}, {@code GatewayContentHash}, {@code GatewayFormat}, {@code GatewaySource},
 * {@code GatewayCredentialId}; property {@code GatewayOutcome} (absent: quarantined when an exception was caught,
 * else converted); for quarantined, {@code CamelExceptionCaught} (findings of a GatewayException, or one
 * {@code internal-error} finding naming the exception class only); for duplicate, property {@code GatewayDuplicateOf}
 * (the earlier input id; when it is not an id, the earlier conversion is looked up by format + hash).</li>
 * <li>Output: the row is inserted (received) or finished (inserted first when missing). The exchange is unchanged,
 * except that an input without a valid input id gets one.</li>
 * <li>Failures: database errors propagate (Spring's DataAccessException); an unknown outcome is an
 * IllegalArgumentException (a route mistake).</li>
 * </ul>
 * The row holds ids, the content hash, finding codes and a bounded summary ({@code gateway.record.summary-length});
 * never names, birth dates, national identifiers, e-mails or the inbox file name.
 * {@link eu.credentialgateway.record.AuditTrail} is the API for other parts (inbox de-duplication, counts).
 */
package eu.credentialgateway.record;
