package eu.credentialgateway.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code X-API-Key}. A key that is unknown or revoked ends the request with
 * 401 at once rather than falling through to anonymous, so a client learns its key is bad instead of seeing 403s.
 * Not a Spring bean: as a bean, Spring Boot would also register it as a servlet filter on every path.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    static final String HEADER = "X-API-Key";

    private final ApiKeyStore keys;
    private final AuthenticationEntryPoint unauthenticated;

    ApiKeyFilter(ApiKeyStore keys, AuthenticationEntryPoint unauthenticated) {
        this.keys = keys;
        this.unauthenticated = unauthenticated;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HEADER);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = keys.authenticate(secret.trim());
        if (key.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthenticated.commence(request, response, null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new KeyAuthentication(key.get().caller()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An authenticated API key: its {@link Caller} is the principal; the secret is not kept. */
    static final class KeyAuthentication extends AbstractAuthenticationToken {
        private final Caller caller;

        KeyAuthentication(Caller caller) {
            super(caller.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.actor();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyAuthentication k && k.caller.equals(caller);
        }

        @Override
        public int hashCode() {
            return caller.hashCode();
        }
    }
}
