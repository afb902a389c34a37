package eu.credentialgateway.check.signature;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.trust.TrustVerdict;

/**
 * The receipt note on who signed an input, added right after the note that a signature is valid: {@code signer-trusted}
 * (the key or certificate chain leads to a trust anchor, {@code gateway.trust.anchors-dir}) or {@code signer-untrusted}
 * (valid, but the key is not trusted), with the reason. The require-trusted policy ({@link TrustPolicyStage}) reads them.
 */
final class SignerTrust {
    static final String TRUSTED = "signer-trusted";
    static final String UNTRUSTED = "signer-untrusted";

    private SignerTrust() {
    }

    /** The note for {@code verdict} on the signer of {@code what} (e.g. "the XAdES seal") at {@code location}. */
    static Finding note(TrustVerdict verdict, String what, String location) {
        return new Finding(Stage.CHECK, verdict.trusted() ? TRUSTED : UNTRUSTED, "the signer of " + what + " is "
                + (verdict.trusted() ? "trusted: " : "not trusted: ") + verdict.reason(), location);
    }
}
