package eu.credentialgateway.check.signature.proof;

import java.security.PublicKey;

/**
 * What checking one proof gave.
 *
 * @param verdict  valid, invalid (the signature or the proof is wrong), or not checked (and why)
 * @param location JSON path of the proof in the document, e.g. {@code $.proof[1]}
 * @param suite    the proof's {@code cryptosuite} (or its {@code type} when it names no cryptosuite)
 * @param method   the proof's verificationMethod id ("" when none or given in full without id)
 * @param detail   for valid: how the key was found; for invalid and not checked: the reason, in words
 * @param key      for valid: the key the proof verifies with (for the trust check); null otherwise
 */
public record ProofOutcome(Verdict verdict, String location, String suite, String method, String detail, PublicKey key) {
    /** An outcome without a key: invalid or not checked. */
    public ProofOutcome(Verdict verdict, String location, String suite, String method, String detail) {
        this(verdict, location, suite, method, detail, null);
    }

    /** The verdict on one proof. */
    public enum Verdict {
        VALID, INVALID, NOT_CHECKED
    }
}
