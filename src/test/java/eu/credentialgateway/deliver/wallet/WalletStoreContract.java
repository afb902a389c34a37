package eu.credentialgateway.deliver.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.MigratedDatabase;
import eu.credentialgateway.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The wallet tables (V21) on H2 ({@link WalletStoreH2Test}) and PostgreSQL ({@link WalletStorePostgresTest}). */
abstract class WalletStoreContract {
    final MovableClock clock = new MovableClock();
    JdbcClient jdbc;
    WalletOffers offers;
    WalletGrants grants;

    abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource();
        MigratedDatabase.reset(dataSource);
        jdbc = JdbcClient.create(dataSource);
        offers = new WalletOffers(jdbc, clock);
        grants = new WalletGrants(jdbc, clock);
    }

    /** A stored credential with a wallet task, as the deliver stage writes them. */
    UUID walletTask(String credentialId) {
        UUID task = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.now, ZoneOffset.UTC);
        jdbc.sql("INSERT INTO delivery_credential (credential_id, body, stored_at) VALUES (:id, 'eyJ.sealed.jwt', :now)")
                .param("id", credentialId).param("now", now).update();
        jdbc.sql("INSERT INTO delivery_task (task_id, credential_id, target, state, attempts, retry_from, next_attempt_at,"
                        + " created_at, updated_at) VALUES (:task, :id, 'wallet', 'pending', 0, 0, :now, :now, :now)")
                .param("task", task).param("id", credentialId).param("now", now).update();
        return task;
    }

    @Test
    void anOfferIsRedeemedOnceBeforeItExpiresAndForgetsItsPin() {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        UUID task = walletTask(credentialId);
        Offer offer = offers.create(task, credentialId, CredentialConfigurations.EBSI, 6, Duration.ofDays(1));

        assertThat(offer.txCode()).matches("[0-9]{6}");
        assertThat(offers.byCode(offer.code()).orElseThrow().offerId()).isEqualTo(offer.offerId());
        assertThat(offers.ofTask(task)).extracting(Offer::offerId).containsExactly(offer.offerId());
        assertThat(offers.failedTxCode(offer.offerId())).isEqualTo(1);
        assertThat(offers.redeem(offer.offerId())).isTrue();
        assertThat(offers.redeem(offer.offerId())).as("single use").isFalse();
        Offer redeemed = offers.find(offer.offerId()).orElseThrow();
        assertThat(redeemed.state(clock.now)).isEqualTo("redeemed");
        assertThat(redeemed.txCode()).isNull();
        assertThat(redeemed.txCodeRequired()).isTrue();

        offers.issued(offer.offerId(), "thumbprint");
        assertThat(offers.find(offer.offerId()).orElseThrow().state(clock.now)).isEqualTo("issued");
        assertThat(offers.sealedCredential(credentialId)).hasValue("eyJ.sealed.jwt");
    }

    @Test
    void anExpiredOfferCannotBeRedeemed() {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        Offer offer = offers.create(walletTask(credentialId), credentialId, CredentialConfigurations.JADES, 0, Duration.ofHours(1));
        assertThat(offer.txCode()).isNull();
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(offers.find(offer.offerId()).orElseThrow().state(clock.now)).isEqualTo("expired");
        assertThat(offers.redeem(offer.offerId())).isFalse();
    }

    @Test
    void tokensAreBoundToTheirOfferUntilTheyExpireAndNoncesServeOnce() {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        Offer offer = offers.create(walletTask(credentialId), credentialId, CredentialConfigurations.EBSI, 0, Duration.ofDays(1));
        String token = grants.issueToken(offer.offerId(), Duration.ofMinutes(5));
        assertThat(grants.offerOf(token)).hasValue(offer.offerId());
        assertThat(grants.offerOf(token + "x")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wallet_token WHERE token_hash = :t").param("t", token).query(Long.class).single())
                .as("only the hash is stored").isZero();

        String nonce = grants.newNonce(Duration.ofMinutes(5));
        String stale = grants.newNonce(Duration.ofMinutes(1));
        assertThat(grants.consumeNonce(nonce)).isTrue();
        assertThat(grants.consumeNonce(nonce)).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(grants.offerOf(token)).as("expired").isEmpty();
        assertThat(grants.consumeNonce(stale)).isFalse();
    }
}
