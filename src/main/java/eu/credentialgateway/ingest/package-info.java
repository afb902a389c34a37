/**
 * Ingest: where an input enters the pipeline, from an inbox folder (routes/&lt;format&gt;.yaml) or from
 * {@code POST /api/v1/conversions} ({@link eu.credentialgateway.ingest.ConversionController}).
 *
 * <p>Input: the document as a stream or bytes, optionally a {@code GatewayFormat} header.
 * Output: the bytes (also kept as {@code GatewayOriginal}), headers {@code GatewayInputId},
 * {@code GatewayContentHash} (SHA-256), {@code GatewayFormat}, {@code GatewaySource},
 * {@code GatewayCredentialId}; for an inbox duplicate, property {@code GatewayDuplicateOf}.
 *
 * <p>Failure codes: {@code too-large} (413), {@code unknown-format} and {@code ambiguous-format} (415),
 * {@code empty-document} and {@code not-well-formed} (422; when the root element cannot be read).
 */
package eu.credentialgateway.ingest;
