/**
 * Retention (issue #13): how long quarantine entries, inbox done files, stored credential bodies and audit details
 * are kept ({@link eu.credentialgateway.retention.RetentionProperties}, {@code gateway.retention.*}), and the
 * scheduled purge that removes what is older and records the counts
 * ({@link eu.credentialgateway.retention.RetentionPurge}, action {@code retention.purge}, actor {@code gateway}).
 */
package eu.credentialgateway.retention;
