package eu.credentialgateway.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An API key as it is listed: never the key itself, which is shown once, when it is made.
 *
 * @param formats empty: every format
 * @param targets empty: every delivery target
 */
public record ApiKey(UUID id, String name, Set<Role> roles, Set<String> formats, Set<String> targets, Set<String> vouches,
                     Instant createdAt, String createdBy, Instant revokedAt, String revokedBy) {

    /** The caller this key makes. */
    Caller caller() {
        return new Caller(actorOf(id), roles, formats, targets, vouches);
    }

    /** The actor id of a key: {@code key:<uuid>}. */
    static String actorOf(UUID id) {
        return "key:" + id;
    }
}
