/**
 * Check stage: is the input safe to read and shaped like its format?
 *
 * <p>Input: body {@code byte[]}, the original document; header {@code GatewayFormat} ({@code elmo});
 * header {@code GatewayCredentialId} ({@code urn:uuid:<uuid>}).
 * Output: body {@code byte[]}, the normalised EMREX ELMO XML (UTF-8) that {@code mappings/elmo.rml.ttl}
 * reads: ELMO elements in no namespace, foreign elements removed, and the {@code gw-*} keys described
 * in {@code ElmoNormaliser}. Warnings go to the exchange property {@code GatewayNotes}.
 *
 * <p>Failure codes (stage {@code check}; location = XPath such as {@code /elmo/learner/bday}, or
 * {@code line L, column C} for syntax): {@code empty-document}, {@code bad-encoding} (not UTF-8, or an XML
 * declaration naming another encoding such as ISO-8859-1),
 * {@code doctype-forbidden}, {@code not-well-formed}, {@code too-deep}, {@code too-many-elements},
 * {@code wrong-root-element}, {@code missing-learner}, {@code missing-report},
 * {@code missing-learning-opportunity}, {@code missing-title}, {@code issuer-without-title}, {@code invalid-date},
 * {@code unsupported-format} (415), {@code missing-credential-id}, {@code check-failed}.
 * Warning codes: {@code unreadable-date} (a pre-1.0 free-text date, left out).
 *
 * <p>Configuration: {@code gateway.check.max-depth} (64), {@code gateway.check.max-elements} (200000).
 */
package eu.credentialgateway.check;
