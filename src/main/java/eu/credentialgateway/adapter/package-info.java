/**
 * Adapters: the formats the gateway converts, each described by data only (see {@code docs/adapters.md}).
 *
 * <p>{@link eu.credentialgateway.adapter.AdapterCatalog} (a Spring bean) finds every
 * {@code mappings/<format>.adapter.properties} under {@code gateway.home} and {@code gateway.adapters.dir} at start;
 * each becomes an {@link eu.credentialgateway.adapter.Adapter} (kind, media type, detection rule, options) whose
 * mapping {@code mappings/<format>.rml.ttl} the map stage runs. Routes in {@code routes/*.yaml} of both folders are
 * loaded by Camel ({@code camel.main.routes-include-pattern}). {@code ScaffoldAdapter} writes a new adapter's files.
 *
 * <p>Failures: a malformed adapter (no {@code kind}, no mapping, a format defined twice) stops the start with a
 * message naming the file.
 */
package eu.credentialgateway.adapter;
