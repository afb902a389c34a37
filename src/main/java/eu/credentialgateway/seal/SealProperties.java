package eu.credentialgateway.seal;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the seal stage ({@code gateway.seal.*}). The defaults run the embedded setup: a JAdES
 * baseline-B seal with a demo key that the gateway makes on first run and labels as a demo.
 *
 * @param enabled             seal every credential (false: the serialised JSON-LD goes out unsealed)
 * @param profile             the output form when the exchange names none: {@code edc-jades} (EDC JSON-LD in a JAdES JSON seal)
 * @param keystore            PKCS#12 keystore with the issuer's seal key; unset: the demo key
 * @param alias               the key's alias in {@code keystore}; unset: the keystore's only key
 * @param passwordEnv         name of the environment variable that holds the keystore password (never a property)
 * @param algorithm           {@code ES256}, {@code RS256} or {@code PS256}; unset: ES256 for an EC P-256 key, RS256 for RSA
 * @param tsaUrl              RFC 3161 timestamp authority; set: baseline-T (content and signature timestamps), unset: baseline-B
 * @param demoKeystore        where the demo key is kept; unset: {@code <gateway.home>/data/seal/demo-seal.p12}
 * @param demoAlgorithm       the demo key's algorithm when it is first made ({@code ES256}, {@code RS256}, {@code PS256})
 * @param signingTimeHeader   {@code iat} (ETSI TS 119 182-1 v1.2.1, required for seals made from 2025-07-15) or {@code sigT}
 *                            (as the 2023 official samples; verifiers on DSS 6.2+ then report the seal as not ETSI-conformant)
 * @param trustedCertificates folder of PEM/DER certificates the verifier trusts as anchors; unset: none is trusted
 * @param onlineRevocation    let the verifier fetch CRLs, OCSP answers and issuer certificates (AIA) over the network
 */
@ConfigurationProperties("gateway.seal")
public record SealProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue(JadesSealer.PROFILE) String profile,
                             Path keystore,
                             String alias,
                             @DefaultValue("GATEWAY_SEAL_PASSWORD") String passwordEnv,
                             JwsAlgorithm algorithm,
                             URI tsaUrl,
                             Path demoKeystore,
                             @DefaultValue("ES256") JwsAlgorithm demoAlgorithm,
                             @DefaultValue("iat") String signingTimeHeader,
                             Path trustedCertificates,
                             @DefaultValue("false") boolean onlineRevocation) {
    public SealProperties {
        if (!"iat".equals(signingTimeHeader) && !"sigT".equals(signingTimeHeader)) {
            throw new IllegalArgumentException("gateway.seal.signing-time-header must be iat or sigT, not " + signingTimeHeader);
        }
    }

    /** The embedded defaults with the demo key kept at {@code demoKeystore}, made with {@code demoAlgorithm}. */
    public static SealProperties demo(Path demoKeystore, JwsAlgorithm demoAlgorithm) {
        return new SealProperties(true, JadesSealer.PROFILE, null, null, "GATEWAY_SEAL_PASSWORD", null, null,
                demoKeystore, demoAlgorithm, "iat", null, false);
    }

    /** The same settings with a timestamp authority (baseline-T). */
    public SealProperties withTsaUrl(URI url) {
        return new SealProperties(enabled, profile, keystore, alias, passwordEnv, algorithm, url, demoKeystore,
                demoAlgorithm, signingTimeHeader, trustedCertificates, onlineRevocation);
    }

    /** The same settings with a folder of trusted certificates for the verifier. */
    public SealProperties withTrustedCertificates(Path folder) {
        return new SealProperties(enabled, profile, keystore, alias, passwordEnv, algorithm, tsaUrl, demoKeystore,
                demoAlgorithm, signingTimeHeader, folder, onlineRevocation);
    }

    /** The demo keystore's place, given {@code gateway.home}. */
    Path demoKeystoreUnder(Path home) {
        return demoKeystore != null ? demoKeystore : home.resolve("data").resolve("seal").resolve("demo-seal.p12");
    }
}
