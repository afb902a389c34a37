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

/** The {@code wallet_offer} table (V21__wallet_offers.sql): offers, their single-use codes, PINs and pick-up. */
@Component
class WalletOffers {
    private static final String COLUMNS = "offer_id, task_id, credential_id, configuration_id, pre_authorized_code, tx_code,"
            + " tx_code_required, tx_code_failures, created_at, expires_at, redeemed_at, issued_at";
    static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    WalletOffers(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    WalletOffers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** A new offer with a fresh random code (256 bits) and, when {@code txCodeLength > 0}, a random numeric PIN. */
    Offer create(UUID taskId, String credentialId, CredentialConfiguration configuration, int txCodeLength, Duration ttl) {
        Instant now = clock.instant();
        String txCode = txCodeLength > 0 ? digits(txCodeLength) : null;
        Offer offer = new Offer(UUID.randomUUID(), taskId, credentialId, configuration.id(), randomToken(), txCode,
                txCode != null, 0, now, now.plus(ttl), null, null);
        jdbc.sql("INSERT INTO wallet_offer (" + COLUMNS + ") VALUES (:offer, :task, :credential, :configuration, :code, :tx,"
                        + " :txRequired, 0, :now, :expires, NULL, NULL)")
                .param("offer", offer.offerId()).param("task", taskId).param("credential", credentialId)
                .param("configuration", configuration.id()).param("code", offer.code()).param("tx", txCode)
                .param("txRequired", offer.txCodeRequired()).param("now", timestamp(now)).param("expires", timestamp(offer.expiresAt()))
                .update();
        return offer;
    }

    Optional<Offer> find(UUID offerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallet_offer WHERE offer_id = :id").param("id", offerId)
                .query(WalletOffers::offer).optional();
    }

    Optional<Offer> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallet_offer WHERE pre_authorized_code = :code").param("code", code)
                .query(WalletOffers::offer).optional();
    }

    /** The offers of one delivery task, newest first. */
    List<Offer> ofTask(UUID taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallet_offer WHERE task_id = :task ORDER BY created_at DESC")
                .param("task", taskId).query(WalletOffers::offer).list();
    }

    /** The sealed credential the outbox holds for a credential id (the deliver stage's {@code delivery_credential}). */
    Optional<String> sealedCredential(String credentialId) {
        return jdbc.sql("SELECT body FROM delivery_credential WHERE credential_id = :id").param("id", credentialId)
                .query(String.class).optional();
    }

    /** Counts a wrong PIN; returns the failures so far. */
    int failedTxCode(UUID offerId) {
        jdbc.sql("UPDATE wallet_offer SET tx_code_failures = tx_code_failures + 1 WHERE offer_id = :id").param("id", offerId).update();
        return jdbc.sql("SELECT tx_code_failures FROM wallet_offer WHERE offer_id = :id").param("id", offerId)
                .query(Integer.class).single();
    }

    /** Marks the code used, once: true for the one caller that won; the PIN is forgotten then. */
    boolean redeem(UUID offerId) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE wallet_offer SET redeemed_at = :now, tx_code = NULL WHERE offer_id = :id"
                        + " AND redeemed_at IS NULL AND expires_at > :now")
                .param("now", timestamp(now)).param("id", offerId).update() == 1;
    }

    /** Records the pick-up (the first one) and the key the wallet proved, if any. */
    void issued(UUID offerId, String holderKey) {
        jdbc.sql("UPDATE wallet_offer SET issued_at = :now, holder_key = :key WHERE offer_id = :id AND issued_at IS NULL")
                .param("now", timestamp(clock.instant())).param("key", holderKey).param("id", offerId).update();
    }

    /** Forgets the PIN of an offer that expired unredeemed. */
    void forgetTxCode(UUID offerId) {
        jdbc.sql("UPDATE wallet_offer SET tx_code = NULL WHERE offer_id = :id").param("id", offerId).update();
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
                row.getString("credential_id"), row.getString("configuration_id"), row.getString("pre_authorized_code"),
                row.getString("tx_code"), row.getBoolean("tx_code_required"), row.getInt("tx_code_failures"),
                instant(row, "created_at"), instant(row, "expires_at"), instant(row, "redeemed_at"), instant(row, "issued_at"));
    }
}
