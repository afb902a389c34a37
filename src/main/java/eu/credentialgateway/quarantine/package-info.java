/**
 * Quarantine: keeps every input the pipeline turned away, with the reasons.
 *
 * <p>Entry: {@link eu.credentialgateway.quarantine.QuarantineStage} (bean {@code quarantineStage}), called by
 * the error route after any stage threw.
 * <ul>
 * <li>Input: the failed exchange. Headers {@code GatewayInputId}, {@code GatewayContentHash}, {@code GatewayFormat},
 * {@code GatewaySource}, {@code GatewayFileName}; property {@code GatewayOriginal} (original bytes; the body is used
 * while it is still byte[], String, a file or a stream); property {@code CamelExceptionCaught}.</li>
 * <li>Output: {@code <gateway.quarantine.dir>/<inputId>/original.bin} and {@code reason.json}
 * ({inputId, contentHash, format, source, fileName, receivedAt, quarantinedAt, rejection, findings:[{stage, code,
 * message, location}]}), each written atomically. The exchange is left as it is. An input without a valid
 * {@code GatewayInputId} gets a fresh one (set on the header, so {@code record} uses it too).</li>
 * <li>Failure codes it makes: {@code internal-error} (for an exception that is not a GatewayException; the
 * finding names the exception class only, never its message, which may quote the input; the stage is the one
 * of the failed {@code gateway:} endpoint, else {@code ingest}). It throws IOException when the disk fails.</li>
 * </ul>
 * {@link eu.credentialgateway.quarantine.QuarantineStore} lists, reads and deletes entries (the retention purge in
 * {@code retention}, {@code DELETE /api/v1/quarantine/{inputId}} in {@code record});
 * {@link eu.credentialgateway.Failure} turns the caught exception into findings (also used by record).
 */
package eu.credentialgateway.quarantine;

import eu.credentialgateway.Failure;
