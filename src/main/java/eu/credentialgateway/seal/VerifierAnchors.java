package eu.credentialgateway.seal;

import eu.credentialgateway.trust.TrustAnchors;
import java.security.cert.X509Certificate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The trust anchors of the gateway's verifier: those of {@code gateway.trust.anchors-dir}, the certificates of
 * {@code gateway.seal.trusted-certificates}, and (unless {@code gateway.trust.own-seal=false}) the gateway's own seal
 * certificate, so that its own output verifies as trusted. Never the demo key's certificate: it says it is not to be
 * trusted. The own certificate is looked up on first use (the seal stage may be made after the verifier's forms).
 */
final class VerifierAnchors {
    private final TrustAnchors configured;
    private final boolean ownSeal;
    private final ObjectProvider<SealStage> gateway;
    private volatile TrustAnchors all;

    VerifierAnchors(SealProperties seal, TrustAnchors trust, boolean ownSeal, ObjectProvider<SealStage> gateway) {
        this.configured = seal.trustedCertificates() == null ? trust
                : trust.plus(CertificateVerifiers.readCertificates(seal.trustedCertificates()));
        this.ownSeal = ownSeal;
        this.gateway = gateway;
    }

    /** The anchors, the gateway's own seal certificate included when it is trusted. */
    TrustAnchors anchors() {
        TrustAnchors current = all;
        if (current == null) {
            current = configured.plus(trustedOwnCertificate());
            all = current;
        }
        return current;
    }

    /** Why nothing could be trusted, when no anchor is configured; else "" (the verdict's reason says the rest). */
    String hintWhenNone() {
        return anchors().configured() ? "" : " (set gateway.trust.anchors-dir or gateway.seal.trusted-certificates)";
    }

    private List<X509Certificate> trustedOwnCertificate() {
        SealStage stage = gateway == null ? null : gateway.getIfAvailable();
        if (!ownSeal || stage == null || stage.demoKey() || stage.certificates().isEmpty()) {
            return List.of();
        }
        return List.of(stage.certificates().get(0));
    }
}
