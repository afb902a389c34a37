package eu.credentialgateway.access;

import eu.credentialgateway.Sha256;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code api_key} table (V24): keys are made here, shown once, and kept as their SHA-256 only. Every request
 * looks its key up in the database, so a revoked key is refused at once, on every instance.
 */
@Component
public class ApiKeyStore {
    /** Every key starts with this, so that a leaked one is recognised by secret scanners. */
    static final String PREFIX = "cgk_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "key_id, name, roles, formats, targets, vouches, created_at, created_by, revoked_at, revoked_by";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** A new key: what it may do is given; the secret is in the answer and nowhere else. */
    public record Made(ApiKey key, String secret) {
    }

    /** Makes and stores a new key. */
    public Made create(String name, Set<Role> roles, Set<String> formats, Set<String> targets, Set<String> vouches, String createdBy) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey(UUID.randomUUID(), name, roles, formats, targets, vouches, clock.instant(), createdBy, null, null);
        jdbc.sql("INSERT INTO api_key (key_id, name, key_hash, roles, formats, targets, vouches, created_at, created_by)"
                        + " VALUES (:id, :name, :hash, :roles, :formats, :targets, :vouches, :at, :by)")
                .param("id", key.id()).param("name", name).param("hash", hash(secret))
                .param("roles", roles.stream().map(Role::id).sorted().collect(Collectors.joining(",")))
                .param("formats", join(formats)).param("targets", join(targets)).param("vouches", join(vouches))
                .param("at", timestamp(key.createdAt())).param("by", createdBy)
                .update();
        return new Made(key, secret);
    }

    /** The active key whose secret this is. */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash(secret)).query(ApiKeyStore::key).optional();
    }

    /** Every key, newest first, revoked ones included. */
    public List<ApiKey> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at DESC").query(ApiKeyStore::key).list();
    }

    public Optional<ApiKey> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_id = :id").param("id", id).query(ApiKeyStore::key).optional();
    }

    /** Revokes a key; false when it was revoked already or does not exist. */
    public boolean revoke(UUID id, String by) {
        return jdbc.sql("UPDATE api_key SET revoked_at = :at, revoked_by = :by WHERE key_id = :id AND revoked_at IS NULL")
                .param("at", timestamp(clock.instant())).param("by", by).param("id", id).update() == 1;
    }

    /** How many keys exist, revoked ones included (a fresh database has none). */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM api_key").query(Long.class).single();
    }

    /** The active keys that hold the admin role. */
    public long activeAdmins() {
        return list().stream().filter(k -> k.revokedAt() == null && k.roles().contains(Role.ADMIN)).count();
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }

    private static String join(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ApiKey key(ResultSet row, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        split(row.getString("roles")).forEach(r -> Role.fromId(r).ifPresent(roles::add));
        return new ApiKey(row.getObject("key_id", UUID.class), row.getString("name"), roles, split(row.getString("formats")),
                split(row.getString("targets")), split(row.getString("vouches")), instant(row, "created_at"),
                row.getString("created_by"), instant(row, "revoked_at"), row.getString("revoked_by"));
    }
}
