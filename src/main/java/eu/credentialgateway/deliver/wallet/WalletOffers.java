package eu.credentialgateway.deliver.wallet;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code wallet_offer} table (V21, V23): offers, their single-use codes (stored as SHA-256), PINs (a keyed check
 * and a sealed copy, see {@link WalletKeys}) and pick-up.
 */
@Component
class WalletOffers {
    private static final String COLUMNS = "offer_id, task_id, credential_id, configuration_id, tx_code_check, tx_code_sealed,"
            + " tx_code_required, tx_code_failures, created_at, expires_at, redeemed_at, issued_at";
    static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final WalletKeys keys;
    private final Clock clock;

    @Autowired
    WalletOffers(JdbcClient jdbc, WalletKeys keys) {
        this(jdbc, keys, Clock.systemUTC());
    }

    WalletOffers(JdbcClient jdbc, WalletKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * An offer just made, with the secrets only its maker sees in the clear: the pre-authorised code and the PIN
     * (null when none is asked).
     */
    record Made(Offer offer, String code, String txCode) {
        /** Identifiers only. */
        @Override
        public String toString() {
            return "Made[" + offer + "]";
        }
    }

    /**
     * A new offer: its code derived from its random id (256 bits, {@link WalletKeys#preAuthorizedCode}) and, when
     * {@code txCodeLength > 0}, a random numeric PIN; neither is stored in the clear.
     */
    Made create(UUID taskId, String credentialId, CredentialConfiguration configuration, int txCodeLength, Duration ttl) {
        Instant now = clock.instant();
        UUID offerId = UUID.randomUUID();
        String code = keys.preAuthorizedCode(offerId);
        String txCode = txCodeLength > 0 ? digits(txCodeLength) : null;
        Offer offer = new Offer(offerId, taskId, credentialId, configuration.id(),
                txCode == null ? null : keys.txCodeCheck(offerId, txCode), txCode == null ? null : keys.sealTxCode(offerId, txCode),
                txCode != null, 0, now, now.plus(ttl), null, null);
        jdbc.sql("INSERT INTO wallet_offer (" + COLUMNS + ", code_hash) VALUES (:offer, :task, :credential, :configuration,"
                        + " :check, :sealed, :txRequired, 0, :now, :expires, NULL, NULL, :codeHash)")
                .param("offer", offerId).param("task", taskId).param("credential", credentialId)
                .param("configuration", configuration.id()).param("check", offer.txCodeCheck()).param("sealed", offer.txCodeSealed())
                .param("txRequired", offer.txCodeRequired()).param("now", timestamp(now)).param("expires", timestamp(offer.expiresAt()))
                .param("codeHash", WalletGrants.sha256(code))
                .update();
        return new Made(offer, code, txCode);
    }

    Optional<Offer> find(UUID offerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallet_offer WHERE offer_id = :id").param("id", offerId)
                .query(WalletOffers::offer).optional();
    }

    /** The offer of a pre-authorised code, found by the code's SHA-256. */
    Optional<Offer> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallet_offer WHERE code_hash = :hash").param("hash", WalletGrants.sha256(code))
                .query(WalletOffers::offer).optional();
    }

    /** The offers of one delivery task, newest first. */
    List<Offer> ofTask(UUID taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallet_offer WHERE task_id = :task ORDER BY created_at DESC")
                .param("task", taskId).query(WalletOffers::offer).list();
    }

    /** The sealed credential the outbox holds for a credential id (the deliver stage's {@code delivery_credential}). */
    Optional<String> sealedCredential(String credentialId) {
        return jdbc.sql("SELECT body FROM delivery_credential WHERE credential_id = :id AND body_purged_at IS NULL").param("id", credentialId)
                .query(String.class).optional();
    }

    /**
     * Counts a wrong PIN unless {@code maxFailures} are counted already: one conditional update, so parallel guesses
     * are counted up to the limit and no further. False when the offer was locked before this guess.
     */
    boolean failedTxCode(UUID offerId, int maxFailures) {
        return jdbc.sql("UPDATE wallet_offer SET tx_code_failures = tx_code_failures + 1 WHERE offer_id = :id"
                        + " AND tx_code_failures < :max")
                .param("id", offerId).param("max", maxFailures).update() == 1;
    }

    /**
     * Marks the code used, once, while the offer is open and not locked by {@code maxFailures} wrong PINs: true for
     * the one caller that won; the PIN is forgotten then.
     */
    boolean redeem(UUID offerId, int maxFailures) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE wallet_offer SET redeemed_at = :now, tx_code_check = NULL, tx_code_sealed = NULL"
                        + " WHERE offer_id = :id AND redeemed_at IS NULL AND expires_at > :now AND tx_code_failures < :max")
                .param("now", timestamp(now)).param("id", offerId).param("max", maxFailures).update() == 1;
    }

    /** Records the pick-up (the first one) and the key the wallet proved, if any. */
    void issued(UUID offerId, String holderKey) {
        jdbc.sql("UPDATE wallet_offer SET issued_at = :now, holder_key = :key WHERE offer_id = :id AND issued_at IS NULL")
                .param("now", timestamp(clock.instant())).param("key", holderKey).param("id", offerId).update();
    }

    /** Forgets the PIN of an offer that expired unredeemed. */
    void forgetTxCode(UUID offerId) {
        jdbc.sql("UPDATE wallet_offer SET tx_code_check = NULL, tx_code_sealed = NULL WHERE offer_id = :id")
                .param("id", offerId).update();
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digits(int length) {
        StringBuilder pin = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            pin.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return pin.toString();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Offer offer(ResultSet row, int n) throws SQLException {
        return new Offer(row.getObject("offer_id", UUID.class), row.getObject("task_id", UUID.class),
                row.getString("credential_id"), row.getString("configuration_id"), row.getString("tx_code_check"),
                row.getString("tx_code_sealed"), row.getBoolean("tx_code_required"), row.getInt("tx_code_failures"),
                instant(row, "created_at"), instant(row, "expires_at"), instant(row, "redeemed_at"), instant(row, "issued_at"));
    }
}
