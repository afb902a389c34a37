/**
 * W3C Data Integrity proof verification for {@code check.signature.DataIntegrityStage} ({@code gateway:dataIntegrity}).
 *
 * <p>Entry: {@link eu.credentialgateway.check.signature.proof.DataIntegrityProofs#verify} (a JSON-LD document, its JSON path)
 * gives one {@link eu.credentialgateway.check.signature.proof.ProofOutcome} per proof: VALID, INVALID (signature does not verify,
 * malformed proofValue, proof {@code @context} not a prefix of the document's) or NOT_CHECKED (other proof type or
 * cryptosuite, key that would have to be fetched, context not served), or throws
 * {@link eu.credentialgateway.check.signature.proof.ProofUnreadable} when the document is no JSON-LD the processor reads.
 *
 * <p>Inside: {@code Rdfc} (titanium-json-ld toRdf with the gateway's {@code ContextDocuments} only, then
 * {@code Rdfc10}, the gateway's own RDFC-1.0, both time-bounded), {@code VerificationKeys} (did:key, Multikey, Ed25519 JWK, method
 * fragment; never fetched), {@code Multibase} (base58btc / base64url, length-bounded). Ed25519 is the JDK's.
 */
package eu.credentialgateway.check.signature.proof;

import eu.credentialgateway.Multibase;
import eu.credentialgateway.trust.VerificationKeys;
