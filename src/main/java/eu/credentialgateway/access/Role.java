package eu.credentialgateway.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do. A key or a token holds one or more; {@code admin} implies every other role
 * ({@link SecurityConfiguration#roleHierarchy()}).
 */
public enum Role {
    /** Converts and verifies documents. */
    SUBMITTER,
    /** Decides the ESCO review queue. */
    REVIEWER,
    /** Runs the gateway: inputs, batches, quarantine, deliveries and their retries, wallet offers (PINs included). */
    OPERATOR,
    /** Reads receipts, inputs, batches, deliveries and the actions log; never a PIN or a code. */
    AUDITOR,
    /** Everything, and API keys. */
    ADMIN;

    /** The name used in API bodies, token claims and configuration: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority: {@code ROLE_<id>}. */
    public String authority() {
        return "ROLE_" + id();
    }

    /** The role with this id (any case, surrounding blanks ignored). */
    public static Optional<Role> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim();
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(wanted)).findFirst();
    }
}
