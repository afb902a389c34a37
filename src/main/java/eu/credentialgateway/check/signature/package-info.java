/**
 * Incoming signatures, checked offline before conversion: XAdES seals of EDC 1.x XML ({@code XadesSealStage},
 * {@code XadesSeal}), Open Badges 2.0 signed assertions ({@code JwsSignatureStage}), VC-JWTs ({@code VcJwtStage}),
 * W3C Data Integrity proofs ({@code DataIntegrityStage}, machinery in {@code proof}), the Open Badges 2.0 hosted scope
 * ({@code HostedVerificationStage}), who signed ({@code SignerTrust}) and the require-trusted policy
 * ({@code TrustPolicyStage}). Apart because these steps answer "who vouches for this input" rather than "is it shaped
 * like its format", share the failed-verification policy and the signer notes, and are named per format by its
 * {@code direct:<f>-prepare} route. Data Integrity stays a sub-package ({@code proof}) rather than a sibling of this
 * one: it is one of these signature kinds, {@code DataIntegrityStage} is its only user, and its JSON-LD to RDF and
 * RDFC-1.0 machinery is large enough to keep out of the other checks' way.
 */
package eu.credentialgateway.check.signature;
