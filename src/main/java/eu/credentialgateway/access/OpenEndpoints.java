package eu.credentialgateway.access;

import java.util.List;

/**
 * The one list of paths anyone may call without a key or a login (Ant patterns). Everything not matched here needs
 * a role; {@code OpenEndpointsTest} walks Spring's handler mappings and fails when an endpoint is reachable
 * anonymously without being on this list.
 */
public final class OpenEndpoints {
    /**
     * What a wallet calls: the issuer metadata, the credential offer and its QR code, the token and nonce endpoints,
     * and the credential endpoint (which checks its own access token: a wallet has no key of ours).
     */
    public static final List<String> WALLET = List.of(
            "/.well-known/**",
            "/api/v1/wallet/offers/*",
            "/api/v1/wallet/offers/*/qr",
            "/api/v1/wallet/token",
            "/api/v1/wallet/nonce",
            "/api/v1/wallet/credential");

    /** Health (its status only, unless the caller has a role) and Spring's error page. */
    public static final List<String> OTHERS = List.of(
            "/actuator/health",
            "/actuator/health/**",
            "/error");

    private OpenEndpoints() {
    }
}
