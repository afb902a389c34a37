/**
 * Map stage: the checked document becomes a European Digital Credential as an ELM v3.2 RDF graph.
 *
 * <p>Input: body {@code byte[]}, the document the check stage wrote; header {@code GatewayFormat}
 * selects the adapter's {@code mappings/<format>.rml.ttl} (in the gateway home or {@code gateway.adapters.dir};
 * its {@code carml:Stream} is named after the format; reference formulation ql:XPath, ql:JSONPath or ql:CSV); header {@code GatewayCredentialId} ({@code urn:uuid:...}) names the credential;
 * property {@code GatewayOriginal} holds the original bytes, embedded as evidence with the file type of the
 * adapter's {@code media-type} and titled with its {@code title}.
 * Output: body {@code org.apache.jena.graph.Graph}. Controlled-vocabulary values are placeholders
 * {@code urn:x-gateway:code:<eqf|isced-f|country|language>:<value>} for the align stage.
 *
 * <p>Mappings are parsed once at start; CARML mappers are not thread-safe, so each thread keeps its
 * own. A CSV document of one data row (a batch row) is handed to CARML as a parsed record
 * ({@code CsvRecordSource}), not as a stream. The envelope (types, profile, issuer from {@code gateway.issuer.*}, dates from the
 * {@code java.time.Clock} bean, shapes, display, evidence) is written by {@code CredentialEnvelope}.
 *
 * <p>Failure codes (stage {@code map}): {@code unsupported-format} (415), {@code missing-metadata},
 * {@code mapping-failed}.
 */
package eu.credentialgateway.map;
