package eu.credentialgateway.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.trust.TestCertificates.Issued;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustAnchorsTest {
    @TempDir
    Path folder;

    @Test
    void aChainIssuedByAnAnchorValidatesToIt() throws Exception {
        Issued ca = TestCertificates.ca("Test Root CA");
        Issued signer = TestCertificates.issuedBy(ca, "Issuer Seal");
        TrustAnchors anchors = TrustAnchors.of(List.of(ca.certificate()), List.of());

        TrustVerdict alone = anchors.checkChain(List.of(signer.certificate()));
        TrustVerdict withAnchor = anchors.checkChain(List.of(signer.certificate(), ca.certificate()));

        assertThat(alone.trusted()).as(alone.reason()).isTrue();
        assertThat(alone.reason()).isEqualTo("chain validated to anchor CN=Test Root CA");
        assertThat(withAnchor.trusted()).as(withAnchor.reason()).isTrue();
    }

    @Test
    void aSelfSignedLeafFollowedByAnAnchorThatDidNotSignItIsNotTrusted() throws Exception {
        Issued ca = TestCertificates.ca("Test Root CA");
        Issued impostor = TestCertificates.selfSigned("Impostor");
        TrustAnchors anchors = TrustAnchors.of(List.of(ca.certificate()), List.of());

        TrustVerdict verdict = anchors.checkChain(List.of(impostor.certificate(), ca.certificate()));

        assertThat(verdict.trusted()).isFalse();
        assertThat(verdict.reason()).startsWith("path validation failed: ");
    }

    @Test
    void aChainThroughAnIntermediateTheAnchorDidNotIssueIsNotTrusted() throws Exception {
        Issued trusted = TestCertificates.ca("Trusted Root");
        Issued other = TestCertificates.ca("Other Root");
        Issued signer = TestCertificates.issuedBy(other, "Signer");

        TrustVerdict verdict = TrustAnchors.of(List.of(trusted.certificate()), List.of())
                .checkChain(List.of(signer.certificate(), other.certificate(), trusted.certificate()));

        assertThat(verdict.trusted()).isFalse();
        assertThat(verdict.reason()).startsWith("path validation failed: ");
    }

    @Test
    void anExpiredSignerCertificateFailsPathValidation() throws Exception {
        Issued ca = TestCertificates.ca("Test Root CA");
        Issued signer = TestCertificates.issuedBy(ca, "Old Seal", Instant.now().minus(Duration.ofHours(1)));

        TrustVerdict verdict = TrustAnchors.of(List.of(ca.certificate()), List.of()).checkChain(List.of(signer.certificate()));

        assertThat(verdict.trusted()).isFalse();
        assertThat(verdict.reason()).startsWith("path validation failed: ");
    }

    @Test
    void withoutAnchorsNothingIsTrustedAndTheReasonSaysSo() throws Exception {
        Issued signer = TestCertificates.selfSigned("Anyone");

        assertThat(TrustAnchors.none().checkChain(List.of(signer.certificate()))).isEqualTo(new TrustVerdict(false, "no trust anchor configured"));
        assertThat(TrustAnchors.none().checkKey(signer.keys().getPublic()).reason()).isEqualTo("no trust anchor configured");
    }

    @Test
    void readsCertificatesPublicKeysAndDidKeysFromTheFolder() throws Exception {
        Issued ca = TestCertificates.ca("Folder CA");
        Issued pinned = TestCertificates.selfSigned("Pinned");
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(folder.resolve("ca.pem"), ca.pem());
        Files.writeString(folder.resolve("pinned.pub"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pinned.keys().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Files.writeString(folder.resolve("did-keys.txt"), "# issuers' did:keys\n\n" + DidKeys.of(ed25519.getPublic()) + "\n");
        Files.writeString(folder.resolve("README.md"), "not an anchor");

        TrustAnchors anchors = TrustAnchors.read(folder);

        assertThat(anchors.certificates()).containsExactly(ca.certificate());
        assertThat(anchors.checkChain(List.of(TestCertificates.issuedBy(ca, "Signer").certificate())).trusted()).isTrue();
        assertThat(anchors.checkChain(List.of(pinned.certificate())).reason()).isEqualTo("the signer's key is a configured trust anchor key");
        assertThat(anchors.checkKey(ed25519.getPublic()).trusted()).isTrue();
        assertThat(anchors.checkKey(ca.keys().getPublic()).reason()).isEqualTo("the key is that of anchor CN=Folder CA");
        assertThat(anchors.checkKey(stranger.getPublic()).trusted()).isFalse();
    }

    @Test
    void aMissingFolderMeansNoAnchorsAndABadFileIsAClearStartupError() throws Exception {
        assertThat(TrustAnchors.read(folder.resolve("absent")).configured()).isFalse();

        Files.writeString(folder.resolve("did-keys.txt"), "did:web:example.org\n");
        assertThatThrownBy(() -> TrustAnchors.read(folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did-keys.txt").hasMessageContaining("line 1 is not an Ed25519 did:key");

        Files.delete(folder.resolve("did-keys.txt"));
        Files.writeString(folder.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> TrustAnchors.read(folder)).hasMessageContaining("key.pem").hasMessageContaining("never put a private key here")
                .hasMessageNotContaining("AAAA");
    }
}
