package eu.credentialgateway.deliver.wallet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metadata wallets read first: Credential Issuer Metadata (OpenID4VCI 1.0, section 12.2) at
 * {@code /.well-known/openid-credential-issuer}, and, the gateway being its own Authorization Server (no
 * {@code authorization_servers}), OAuth 2.0 Authorization Server Metadata (RFC 8414) at
 * {@code /.well-known/oauth-authorization-server}. Both also answer with a path appended, as a well-known URI is
 * built for an issuer URL with a path ({@code https://host/.well-known/openid-credential-issuer/gateway}).
 */
@RestController
class IssuerMetadataController {
    static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    private final IssuerUrl urls;
    private final WalletProperties properties;

    IssuerMetadataController(IssuerUrl urls, WalletProperties properties) {
        this.urls = urls;
        this.properties = properties;
    }

    @GetMapping(path = {"/.well-known/openid-credential-issuer", "/.well-known/openid-credential-issuer/**"},
            produces = "application/json")
    ResponseEntity<Map<String, Object>> issuer() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("credential_issuer", urls.issuer());
        metadata.put("credential_endpoint", urls.endpoint("credential"));
        metadata.put("nonce_endpoint", urls.endpoint("nonce"));
        metadata.put("display", List.of(Map.of("name", properties.display(), "locale", properties.locale())));
        metadata.put("credential_configurations_supported", CredentialConfigurations.supported(properties));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(metadata);
    }

    @GetMapping(path = {"/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/**"},
            produces = "application/json")
    ResponseEntity<Map<String, Object>> authorizationServer() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", urls.issuer());
        metadata.put("token_endpoint", urls.endpoint("token"));
        metadata.put("grant_types_supported", List.of(PRE_AUTHORIZED_GRANT));
        metadata.put("token_endpoint_auth_methods_supported", List.of("none"));
        metadata.put("pre-authorized_grant_anonymous_access_supported", true);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(metadata);
    }
}
