package eu.credentialgateway.verify;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of verification ({@code gateway.verify.*}); the seal's trust settings are {@code gateway.seal.*}.
 *
 * @param maxSize    largest sealed document accepted by {@code POST /api/v1/verifications} (413 beyond)
 * @param skipShapes shapes files of {@code gateway.validate.shapes} the content is not checked against: by default
 *                   the gateway's own profile of converted credentials (the original embedded as evidence), which a
 *                   credential from another issuer need not meet; the rest is at least as strict as the official
 *                   EDC generic profile
 */
@ConfigurationProperties("gateway.verify")
public record VerifyProperties(@DefaultValue("20MB") DataSize maxSize,
                               @DefaultValue("edc-converted.ttl") List<String> skipShapes) {
    public VerifyProperties {
        skipShapes = skipShapes == null ? List.of() : List.copyOf(skipShapes);
    }
}
