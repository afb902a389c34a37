package eu.credentialgateway.trust;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the trust anchors are ({@code gateway.trust.*}).
 *
 * @param anchorsDir folder of trust anchors: certificates ({@code .pem .crt .cer .der}), PEM public keys
 *                   ({@code .pem .pub}) and {@code did:key} lists ({@code .txt}, one a line, {@code #} comments);
 *                   unset or missing: no anchor, so nothing is trusted
 * @param ownSeal    the verifier trusts the gateway's own seal certificate (a configured keystore's, never the demo key's)
 */
@ConfigurationProperties("gateway.trust")
public record TrustProperties(Path anchorsDir, @DefaultValue("true") boolean ownSeal) {
}
