/**
 * The gateway's own JSON-LD context documents, read once at start from {@code gateway.serialise.context-dir} and
 * served to every stage that reads JSON-LD: the serialiser and the profiles (their term tables), the verifier and the
 * Data Integrity check (as the only {@code DocumentLoader}, so nothing is fetched from the network). A support
 * package: it imports no stage.
 */
package eu.credentialgateway.jsonld;
