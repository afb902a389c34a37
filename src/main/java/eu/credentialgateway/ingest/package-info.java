/**
 * Ingest: where an input enters the pipeline, from an inbox folder (routes/&lt;format&gt;.yaml) or from
 * {@code POST /api/v1/conversions} ({@link eu.credentialgateway.ingest.ConversionController}).
 *
 * <p>Input: the document as a stream or bytes, optionally a {@code GatewayFormat} header.
 * Output: the bytes (also kept as {@code GatewayOriginal}), headers {@code GatewayInputId},
 * {@code GatewayContentHash} (SHA-256), {@code GatewayFormat}, {@code GatewaySource},
 * {@code GatewayCredentialId}; for an inbox duplicate, property {@code GatewayDuplicateOf}.
 *
 * <p>The format: the {@code GatewayFormat} header (a route or {@code ?format=}) must name an adapter of the
 * {@link eu.credentialgateway.adapter.AdapterCatalog}; without it the format is detected by the adapters'
 * rules ({@code mappings/<f>.adapter.properties}): XML by root element + namespace, JSON by {@code type}/{@code @type}
 * and {@code @context} (of the object, or of any element of an array body), anything else by its CSV header row.
 *
 * <p>Failure codes: {@code too-large} (413), {@code unknown-format} and {@code ambiguous-format} (415; the message
 * lists the formats the document could be), {@code empty-document} and {@code not-well-formed} (422; when the
 * XML root element or the JSON document cannot be read).
 */
package eu.credentialgateway.ingest;
