/**
 * The operator's read API over what several stages recorded about an input or a batch: {@code GET /api/v1/inputs/{id}}
 * (its receipt: steps, findings, alignments, seals, and the deliveries of its credential) and
 * {@code GET /api/v1/batches/{id}}. It lives outside the stage packages because it joins their records (the audit trail
 * of {@code record} and the delivery ledger of {@code deliver}); no stage depends on it.
 */
package eu.credentialgateway.api;
