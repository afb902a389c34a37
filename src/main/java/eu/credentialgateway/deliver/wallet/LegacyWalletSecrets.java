package eu.credentialgateway.deliver.wallet;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finishes V23__wallet_secrets_hashed.sql for offers made before it, which SQL alone cannot (it has no HMAC): stores
 * the hash of each such offer's derived code and replaces a plaintext PIN by its check and sealed form. Runs once
 * the singletons are made (Flyway has migrated), before the web server takes requests; finds nothing to do on every
 * later start. Each row is one conditional update, so instances starting together do no harm.
 */
@Component
class LegacyWalletSecrets implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyWalletSecrets.class);

    private final JdbcClient jdbc;
    private final WalletKeys keys;

    LegacyWalletSecrets(JdbcClient jdbc, WalletKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int secured = secure();
        if (secured > 0) {
            LOG.info("wallet: {} offer(s) made before V23 now keep their code and PIN as hashes only", secured);
        }
    }

    /** Converts the legacy rows; returns how many. */
    int secure() {
        record Legacy(UUID offerId, String txCode, boolean redeemed) {
        }
        var legacy = jdbc.sql("SELECT offer_id, tx_code, redeemed_at FROM wallet_offer WHERE code_hash IS NULL OR tx_code IS NOT NULL")
                .query((row, n) -> new Legacy(row.getObject("offer_id", UUID.class), row.getString("tx_code"),
                        row.getObject("redeemed_at") != null))
                .list();
        int secured = 0;
        for (Legacy offer : legacy) {
            // a redeemed offer's PIN was already forgotten; keep it that way
            boolean keepPin = offer.txCode() != null && !offer.redeemed();
            secured += jdbc.sql("UPDATE wallet_offer SET code_hash = :hash, tx_code_check = :check, tx_code_sealed = :sealed,"
                            + " tx_code = NULL WHERE offer_id = :id AND (code_hash IS NULL OR tx_code IS NOT NULL)")
                    .param("hash", WalletGrants.sha256(keys.preAuthorizedCode(offer.offerId())))
                    .param("check", keepPin ? keys.txCodeCheck(offer.offerId(), offer.txCode()) : null)
                    .param("sealed", keepPin ? keys.sealTxCode(offer.offerId(), offer.txCode()) : null)
                    .param("id", offer.offerId()).update();
        }
        return secured;
    }
}
