package eu.credentialgateway.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads our roles from a bearer token of the agency's identity provider: the values at a configurable dotted claim
 * path ({@code realm_access.roles} for Keycloak realm roles), a list or a space-separated string, with an optional
 * prefix removed. Values that name no role of ours are ignored; a token with none gets 403 on every protected path.
 */
final class OidcRoles implements Converter<Jwt, AbstractAuthenticationToken> {
    private final List<String> path;
    private final String prefix;

    OidcRoles(String claimPath, String prefix) {
        this.path = List.of(claimPath.split("\\."));
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(rolesOf(jwt.getClaims())), jwt.getSubject());
    }

    Set<Role> rolesOf(Map<String, Object> claims) {
        Object node = claims;
        for (String step : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return Set.of();
            }
            node = map.get(step);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(node)) {
            String name = value.startsWith(prefix) ? value.substring(prefix.length()) : null;
            if (name != null) {
                Role.fromId(name).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private static List<String> values(Object node) {
        List<String> values = new ArrayList<>();
        if (node instanceof Collection<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (node instanceof String text) {
            values.addAll(List.of(text.trim().split("\\s+")));
        }
        return values;
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
