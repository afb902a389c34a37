/**
 * Deliver: hands a finished credential to its target.
 *
 * <p>Entry: {@link eu.credentialgateway.deliver.DeliverStage} (bean {@code deliverStage}), called as
 * {@code gateway:deliver?target=outbox}.
 * <ul>
 * <li>Input: body = the credential as a String (JSON-LD); header {@code GatewayCredentialId} = {@code urn:uuid:<uuid>};
 * property {@code GatewayTarget} ({@code outbox} when absent).</li>
 * <li>Output: {@code <gateway.deliver.outbox-dir>/<uuid>.jsonld} (default {@code <gateway.home>/data/outbox}),
 * written to a hidden {@code .<uuid>.*.tmp} in the same folder, forced to disk, renamed into place; the same id
 * again replaces the file atomically. The file name comes only from the parsed UUID: no path traversal.
 * Sets property {@code GatewayDeliveredTo} and header {@code CamelFileNameProduced} to the file's absolute path.
 * The body is unchanged.</li>
 * <li>Failure codes: {@code unknown-target}, {@code invalid-credential-id}, {@code empty-credential}. Disk failures
 * propagate as IOException, so the error route may retry them.</li>
 * </ul>
 */
package eu.credentialgateway.deliver;
