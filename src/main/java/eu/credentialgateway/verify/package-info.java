/**
 * Verify: anyone's check of a sealed credential (not a pipeline stage).
 *
 * <p>Entries: {@code POST /api/v1/verifications} ({@link eu.credentialgateway.verify.VerificationController}), the
 * command {@link eu.credentialgateway.verify.VerifyCommand}, and {@link eu.credentialgateway.verify.CredentialVerifier}
 * for Java callers.
 * <ul>
 * <li>Input: a sealed credential as text, in a form some {@link eu.credentialgateway.CredentialForm} bean
 * recognises: {@code edc-jades} (JAdES JSON around EDC JSON-LD), {@code ebsi-jwt} and {@code ob3} (a compact JWT holding the
 * EBSI VCDM 2.0 or Open Badges 3.0 form), all in package seal; further forms plug in as beans, with their own content
 * profile, checked by a {@link eu.credentialgateway.verify.ContentCheck} bean (the EBSI and OB 3.0 JSON Schemas: package profile).</li>
 * <li>Output: a {@link eu.credentialgateway.verify.VerificationReport}: the form; the seal (per signature: intact,
 * DSS indication / sub-indication, format and level, signer's certificate subject, signing time, timestamps, claimed
 * roles, trusted or not and why); the content (EDC JSON-LD read with the gateway's own contexts, never the network,
 * checked against the validate stage's shapes less {@code gateway.verify.skip-shapes}); the expiry
 * ({@code expirationDate} or {@code validUntil}); {@code valid} = seal intact, content conforms, not expired;
 * {@code trusted} apart (false unless {@code gateway.seal.trusted-certificates} holds the signer's chain).</li>
 * <li>Failure codes (stage {@code seal}, nothing is quarantined: verification converts nothing):
 * {@code unknown-sealed-form} (415), {@code unreadable-seal} (422), {@code too-large} (413). A broken seal,
 * non-conforming content or an expired credential is a report with {@code valid: false} (200), not a failure;
 * content that cannot be read is reported with {@code content-not-json} / {@code content-not-json-ld}.</li>
 * </ul>
 */
package eu.credentialgateway.verify;

import eu.credentialgateway.CredentialForm;
