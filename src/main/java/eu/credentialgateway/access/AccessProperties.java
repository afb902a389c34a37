package eu.credentialgateway.access;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.security.*}.
 *
 * @param adminKeyFile      where the first admin key is written on first start (mode 0600)
 * @param bootstrapAdminKey whether to make that key when the database has no key at all
 * @param oidc              the agency's OpenID Connect provider; off while {@code issuer-uri} is unset
 */
@ConfigurationProperties("gateway.security")
public record AccessProperties(@DefaultValue("data/secrets/admin.key") Path adminKeyFile,
                               @DefaultValue("true") boolean bootstrapAdminKey,
                               @DefaultValue Oidc oidc) {

    /**
     * {@code gateway.security.oidc.*}.
     *
     * @param issuerUri    the provider's issuer; tokens are checked against its discovery document and keys (fetched
     *                     from there, the only network access this configuration asks for)
     * @param audience     the {@code aud} a token must carry
     * @param rolesClaim   where roles are in a token, a dotted path: {@code realm_access.roles} (Keycloak realm
     *                     roles), {@code resource_access.<client>.roles}, {@code roles}, {@code groups}...
     * @param rolePrefix   a prefix the provider's role names carry, removed before matching ours (e.g. {@code gateway-})
     * @param clientId     the console's client id for browser login (authorization code + PKCE); unset: no browser login
     * @param clientSecret the console's client secret, if the provider gave one (confidential client)
     */
    public record Oidc(String issuerUri,
                       @DefaultValue("credential-gateway") String audience,
                       @DefaultValue("realm_access.roles") String rolesClaim,
                       @DefaultValue("") String rolePrefix,
                       String clientId,
                       String clientSecret) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        public boolean browserLogin() {
            return enabled() && clientId != null && !clientId.isBlank();
        }
    }
}
