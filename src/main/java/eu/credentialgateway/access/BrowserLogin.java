package eu.credentialgateway.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Browser login for people (the console): OpenID Connect authorization code flow with PKCE against the agency's
 * provider, on when {@code gateway.security.oidc.client-id} is set. A page request without a session is sent to the
 * provider ({@link #orLogin}); API calls still get 401. Roles come from the ID token (and user info) as for bearer tokens.
 */
final class BrowserLogin {
    static final String REGISTRATION = "gateway";

    private BrowserLogin() {
    }

    static void configure(HttpSecurity http, AccessProperties.Oidc oidc) throws Exception {
        OidcRoles roles = new OidcRoles(oidc.rolesClaim(), oidc.rolePrefix());
        http.oauth2Login(login -> login
                        .clientRegistrationRepository(new LazyRegistration(oidc))
                        .userInfoEndpoint(info -> info.userAuthoritiesMapper(authorities -> {
                            Set<GrantedAuthority> mapped = new HashSet<>();
                            for (GrantedAuthority authority : authorities) {
                                if (authority instanceof OidcUserAuthority user) {
                                    Map<String, Object> claims = new HashMap<>(user.getIdToken().getClaims());
                                    if (user.getUserInfo() != null) {
                                        claims.putAll(user.getUserInfo().getClaims());
                                    }
                                    roles.rolesOf(claims).forEach(r -> mapped.add(new SimpleGrantedAuthority(r.authority())));
                                }
                            }
                            return mapped;
                        })));
    }

    /**
     * A page request (a browser asking for HTML, with no key or token) without a session goes to the provider's login;
     * every other request gets {@code api}'s answer (401 problem).
     */
    static AuthenticationEntryPoint orLogin(AuthenticationEntryPoint api) {
        MediaTypeRequestMatcher pages = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        pages.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION);
        return (request, response, failure) -> {
            boolean credentials = request.getHeader(ApiKeyFilter.HEADER) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            (credentials || !pages.matches(request) ? api : login).commence(request, response, failure);
        };
    }

    /** Reads the provider's discovery document on first login, not at start, so the gateway starts while it is down. */
    private static final class LazyRegistration implements ClientRegistrationRepository {
        private final AccessProperties.Oidc oidc;
        private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

        LazyRegistration(AccessProperties.Oidc oidc) {
            this.oidc = oidc;
        }

        @Override
        public ClientRegistration findByRegistrationId(String id) {
            if (!REGISTRATION.equals(id)) {
                return null;
            }
            return registration.updateAndGet(known -> known != null ? known : build());
        }

        private ClientRegistration build() {
            ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(oidc.issuerUri()).registrationId(REGISTRATION)
                    .clientId(oidc.clientId()).scope("openid")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
            if (oidc.clientSecret() == null || oidc.clientSecret().isBlank()) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(oidc.clientSecret());
            }
            return builder.build();
        }
    }
}
