package eu.credentialgateway.access;

import static eu.credentialgateway.access.Role.ADMIN;
import static eu.credentialgateway.access.Role.AUDITOR;
import static eu.credentialgateway.access.Role.OPERATOR;
import static eu.credentialgateway.access.Role.REVIEWER;
import static eu.credentialgateway.access.Role.SUBMITTER;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default (web contexts only: a non-web context, such as the verify command's, has nothing to guard). Two filter chains: the open one ({@link OpenEndpoints#WALLET}: what a wallet calls, with no key
 * and no session) and the API, where every path needs a role (an unlisted one: admin) and a caller comes with an API
 * key ({@code X-API-Key}) or, when {@code gateway.security.oidc.issuer-uri} is set, a bearer token of the agency's
 * OpenID Connect provider. The two are apart so that a wallet's own bearer token at {@code /credential} never meets
 * the OIDC token check.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {
    private static final String[] RECORDS = {"/api/v1/inputs/**", "/api/v1/batches/**", "/api/v1/deliveries/**", "/api/v1/quarantine/**"};

    @Bean
    @Order(1)
    SecurityFilterChain walletChain(HttpSecurity http) throws Exception {
        http.securityMatcher(OpenEndpoints.WALLET.toArray(String[]::new))
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeyStore keys, AccessProperties properties) throws Exception {
        AccessProperties.Oidc oidc = properties.oidc();
        AuthenticationEntryPoint unauthenticated = oidc.browserLogin() ? BrowserLogin.orLogin(AccessProblems.unauthenticated())
                : AccessProblems.unauthenticated();
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers(OpenEndpoints.OTHERS.toArray(String[]::new)).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/conversions", "/api/v1/verifications").hasAnyRole(ids(SUBMITTER, OPERATOR))
                        .requestMatchers("/api/v1/reviews/**").hasRole(REVIEWER.id())
                        .requestMatchers(HttpMethod.GET, RECORDS).hasAnyRole(ids(OPERATOR, AUDITOR))
                        .requestMatchers(RECORDS).hasRole(OPERATOR.id())
                        .requestMatchers(HttpMethod.GET, "/api/v1/actions").hasRole(AUDITOR.id())
                        .requestMatchers("/api/v1/api-keys/**", "/api/v1/api-keys").hasRole(ADMIN.id())
                        .requestMatchers(HttpMethod.GET, "/api/v1/alignments/**").hasAnyRole(ids(Role.values()))
                        .requestMatchers(HttpMethod.GET, "/actuator/**").hasAnyRole(ids(OPERATOR, AUDITOR))
                        .anyRequest().hasRole(ADMIN.id()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(AccessProblems.forbidden()))
                .addFilterBefore(new ApiKeyFilter(keys, unauthenticated), AnonymousAuthenticationFilter.class)
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .requestCache(cache -> cache.disable());
        if (oidc.enabled()) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(AccessProblems.forbidden())
                    .jwt(jwt -> jwt.decoder(decoder(oidc)).jwtAuthenticationConverter(new OidcRoles(oidc.rolesClaim(), oidc.rolePrefix()))));
        }
        if (oidc.browserLogin()) {
            // pages that sent a person to the login come back to what they asked for
            http.requestCache(cache -> cache.requestCache(new HttpSessionRequestCache()));
            BrowserLogin.configure(http, oidc);
            // a session cookie is ambient authority: state-changing requests that rely on it need a CSRF token, which
            // the console reads from the XSRF-TOKEN cookie and sends back as X-XSRF-TOKEN
            http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(sessionBased())
                    .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()));
        } else {
            http.csrf(csrf -> csrf.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        }
        return http.build();
    }

    /** Admin holds every role; the others are apart (an operator is no reviewer). */
    @Bean
    static RoleHierarchy roleHierarchy() {
        String admin = ADMIN.authority();
        return RoleHierarchyImpl.fromHierarchy(Arrays.stream(Role.values()).filter(r -> r != ADMIN)
                .map(r -> admin + " > " + r.authority()).collect(Collectors.joining("\n")));
    }

    /**
     * Checks issuer, expiry (60 s clock skew) and audience. Built on first use, so the gateway starts while the
     * identity provider is down and bearer calls answer 401 until it is back.
     */
    static JwtDecoder decoder(AccessProperties.Oidc oidc) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()),
                    new JwtClaimValidator<java.util.List<String>>("aud", aud -> aud != null && aud.contains(oidc.audience()))));
            return decoder;
        });
    }

    private static RequestMatcher sessionBased() {
        return request -> switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> false;
            default -> request.getHeader(ApiKeyFilter.HEADER) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    && request.getSession(false) != null;
        };
    }

    private static String[] ids(Role... roles) {
        return Arrays.stream(roles).map(Role::id).toArray(String[]::new);
    }
}
