package eu.credentialgateway.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the rest of the gateway sees it.
 *
 * @param actor   {@code key:<id>} for an API key, {@code oidc:<subject>} for a token; never a learner's data
 * @param roles   the roles held (admin is not expanded here)
 * @param formats the formats an API key may submit; empty: all
 * @param targets the delivery targets an API key may name in {@code ?targets=}; empty: all
 * @param vouches the formats an API key vouches for (their inputs pass {@code require-trusted} unsigned)
 */
public record Caller(String actor, Set<Role> roles, Set<String> formats, Set<String> targets, Set<String> vouches) {
    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        formats = Set.copyOf(formats);
        targets = Set.copyOf(targets);
        vouches = Set.copyOf(vouches);
    }

    /** True when the caller holds the role, or is an admin. */
    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /** True when the caller may submit documents of this format. */
    public boolean mayConvert(String format) {
        return formats.isEmpty() || formats.contains(format);
    }

    /** True when the caller may name this delivery target. */
    public boolean mayDeliverTo(String target) {
        return targets.isEmpty() || targets.contains(target);
    }

    /** The caller of the current request, if it authenticated. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(new Caller("oidc:" + jwt.getToken().getSubject(), rolesOf(jwt.getAuthorities()),
                    Set.of(), Set.of(), Set.of()));
        }
        if (authentication.getPrincipal() instanceof OidcUser person) {
            return Optional.of(new Caller("oidc:" + person.getSubject(), rolesOf(authentication.getAuthorities()),
                    Set.of(), Set.of(), Set.of()));
        }
        return Optional.empty();
    }

    /** The actor of the current request: {@code anonymous} when none authenticated (never on a protected path). */
    public static String currentActor() {
        return current().map(Caller::actor).orElse("anonymous");
    }

    private static Set<Role> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
