package eu.credentialgateway.deliver.wallet;

import static eu.credentialgateway.deliver.wallet.WalletOffers.timestamp;

import eu.credentialgateway.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Access tokens ({@code wallet_token}) and {@code c_nonce} values ({@code wallet_nonce}): opaque random strings of
 * 256 bits; the database keeps only their SHA-256, so a copy of it grants nothing. Unused nonces are bounded per
 * client (by a keyed hash of its address, {@link WalletKeys#clientKey}) and in all.
 */
@Component
class WalletGrants {
    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    WalletGrants(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    WalletGrants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new access token bound to one offer. */
    String issueToken(UUID offerId, Duration ttl) {
        String token = WalletOffers.randomToken();
        jdbc.sql("INSERT INTO wallet_token (token_hash, offer_id, expires_at) VALUES (:hash, :offer, :expires)")
                .param("hash", sha256(token)).param("offer", offerId).param("expires", timestamp(clock.instant().plus(ttl)))
                .update();
        return token;
    }

    /** The offer an unexpired token is bound to, or empty. */
    Optional<UUID> offerOf(String token) {
        return jdbc.sql("SELECT offer_id FROM wallet_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", sha256(token)).param("now", timestamp(clock.instant()))
                .query(UUID.class).optional();
    }

    /**
     * A fresh {@code c_nonce} for {@code client}, or empty when it holds {@code limits.maxPerClient()} unused ones
     * or all clients together {@code limits.maxOutstanding()}; expired ones are swept on the way. Count and insert
     * are two statements: requests in flight at the same moment may pass the bound by their number, no more.
     */
    Optional<String> newNonce(String client, Duration ttl, WalletProperties.Nonce limits) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM wallet_nonce WHERE expires_at <= :now").param("now", timestamp(now)).update();
        long ofClient = jdbc.sql("SELECT COUNT(*) FROM wallet_nonce WHERE client_key = :client").param("client", client)
                .query(Long.class).single();
        if (ofClient >= limits.maxPerClient()
                || jdbc.sql("SELECT COUNT(*) FROM wallet_nonce").query(Long.class).single() >= limits.maxOutstanding()) {
            return Optional.empty();
        }
        String nonce = WalletOffers.randomToken();
        jdbc.sql("INSERT INTO wallet_nonce (nonce_hash, expires_at, client_key) VALUES (:hash, :expires, :client)")
                .param("hash", sha256(nonce)).param("expires", timestamp(now.plus(ttl))).param("client", client).update();
        return Optional.of(nonce);
    }

    /** How long until {@code client} may get a nonce again: until its oldest unused one (or anyone's, when it has none) expires. */
    Duration retryAfter(String client) {
        Instant now = clock.instant();
        Instant first = firstExpiry(jdbc.sql("SELECT MIN(expires_at) FROM wallet_nonce WHERE client_key = :client AND expires_at > :now")
                .param("client", client).param("now", timestamp(now)));
        if (first == null) {
            first = firstExpiry(jdbc.sql("SELECT MIN(expires_at) FROM wallet_nonce WHERE expires_at > :now").param("now", timestamp(now)));
        }
        return first == null || !first.isAfter(now) ? Duration.ofSeconds(1) : Duration.between(now, first);
    }

    private static Instant firstExpiry(JdbcClient.StatementSpec minimum) {
        OffsetDateTime value = minimum.query((row, n) -> row.getObject(1, OffsetDateTime.class)).list().get(0);
        return value == null ? null : value.toInstant();
    }

    /** Uses a nonce up: true once for a nonce this gateway issued and that has not expired. */
    boolean consumeNonce(String nonce) {
        return jdbc.sql("DELETE FROM wallet_nonce WHERE nonce_hash = :hash AND expires_at > :now")
                .param("hash", sha256(nonce)).param("now", timestamp(clock.instant())).update() == 1;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
