package eu.credentialgateway.deliver.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.MigratedDatabase;
import eu.credentialgateway.MovableClock;
import eu.credentialgateway.Parallel;
import eu.credentialgateway.deliver.Delivery;
import eu.credentialgateway.deliver.DeliveryState;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The wallet tables (V21, V23) on H2 ({@link WalletStoreH2Test}) and PostgreSQL ({@link WalletStorePostgresTest}). */
abstract class WalletStoreContract {
    static final WalletProperties.Nonce LIMITS = new WalletProperties.Nonce(3, 5);
    final MovableClock clock = new MovableClock();
    JdbcClient jdbc;
    final WalletKeys keys = new WalletKeys(new byte[32]);
    WalletOffers offers;
    WalletGrants grants;

    abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource();
        MigratedDatabase.reset(dataSource);
        jdbc = JdbcClient.create(dataSource);
        offers = new WalletOffers(jdbc, keys, clock);
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
        WalletOffers.Made made = offers.create(task, credentialId, CredentialConfigurations.EBSI, 6, Duration.ofDays(1));
        Offer offer = made.offer();

        assertThat(made.txCode()).matches("[0-9]{6}");
        assertThat(made.code()).isEqualTo(keys.preAuthorizedCode(offer.offerId()));
        assertThat(offers.byCode(made.code()).orElseThrow().offerId()).isEqualTo(offer.offerId());
        assertThat(offers.ofTask(task)).extracting(Offer::offerId).containsExactly(offer.offerId());
        assertThat(offers.failedTxCode(offer.offerId(), 5)).isTrue();
        assertThat(offers.find(offer.offerId()).orElseThrow().txCodeFailures()).isEqualTo(1);
        assertThat(offers.redeem(offer.offerId(), 5)).isTrue();
        assertThat(offers.redeem(offer.offerId(), 5)).as("single use").isFalse();
        Offer redeemed = offers.find(offer.offerId()).orElseThrow();
        assertThat(redeemed.state(clock.now)).isEqualTo("redeemed");
        assertThat(redeemed.txCodeCheck()).isNull();
        assertThat(redeemed.txCodeSealed()).isNull();
        assertThat(redeemed.txCodeRequired()).isTrue();

        offers.issued(offer.offerId(), "thumbprint");
        assertThat(offers.find(offer.offerId()).orElseThrow().state(clock.now)).isEqualTo("issued");
        assertThat(offers.sealedCredential(credentialId)).hasValue("eyJ.sealed.jwt");
    }

    @Test
    void anExpiredOfferCannotBeRedeemed() {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        WalletOffers.Made made = offers.create(walletTask(credentialId), credentialId, CredentialConfigurations.JADES, 0, Duration.ofHours(1));
        Offer offer = made.offer();
        assertThat(made.txCode()).isNull();
        assertThat(offer.txCodeCheck()).isNull();
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(offers.find(offer.offerId()).orElseThrow().state(clock.now)).isEqualTo("expired");
        assertThat(offers.redeem(offer.offerId(), 5)).isFalse();
    }

    @Test
    void tokensAreBoundToTheirOfferUntilTheyExpireAndNoncesServeOnce() {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        Offer offer = offers.create(walletTask(credentialId), credentialId, CredentialConfigurations.EBSI, 0, Duration.ofDays(1)).offer();
        String token = grants.issueToken(offer.offerId(), Duration.ofMinutes(5));
        assertThat(grants.offerOf(token)).hasValue(offer.offerId());
        assertThat(grants.offerOf(token + "x")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wallet_token WHERE token_hash = :t").param("t", token).query(Long.class).single())
                .as("only the hash is stored").isZero();

        String nonce = grants.newNonce("client", Duration.ofMinutes(5), LIMITS).orElseThrow();
        String stale = grants.newNonce("client", Duration.ofMinutes(1), LIMITS).orElseThrow();
        assertThat(grants.consumeNonce(nonce)).isTrue();
        assertThat(grants.consumeNonce(nonce)).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(grants.offerOf(token)).as("expired").isEmpty();
        assertThat(grants.consumeNonce(stale)).isFalse();
    }

    @Test
    void neitherCodeNorPinIsStoredInTheClearYetTheOperatorCanUnsealThePin() {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        WalletOffers.Made made = offers.create(walletTask(credentialId), credentialId, CredentialConfigurations.EBSI, 6, Duration.ofDays(1));
        UUID id = made.offer().offerId();

        String row = jdbc.sql("SELECT * FROM wallet_offer WHERE offer_id = :id").param("id", id)
                .query((r, n) -> {
                    StringBuilder all = new StringBuilder();
                    for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
                        all.append(r.getString(c)).append('|');
                    }
                    return all.toString();
                }).single();
        assertThat(row).doesNotContain(made.code()).doesNotContain(made.txCode());
        Offer stored = offers.find(id).orElseThrow();
        assertThat(keys.openTxCode(id, stored.txCodeSealed())).hasValue(made.txCode());
        assertThat(keys.openTxCode(UUID.randomUUID(), stored.txCodeSealed())).as("bound to its offer").isEmpty();
        assertThat(keys.txCodeMatches(id, made.txCode(), stored.txCodeCheck())).isTrue();
        assertThat(keys.txCodeMatches(id, made.txCode().equals("000000") ? "111111" : "000000", stored.txCodeCheck())).isFalse();

        offers.forgetTxCode(id);
        assertThat(offers.find(id).orElseThrow().txCodeSealed()).isNull();
        assertThat(offers.find(id).orElseThrow().txCodeCheck()).isNull();
    }

    @Test
    void fiftyParallelWrongPinsCountExactlyTheLimitAndLockTheOffer() throws Exception {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        UUID id = offers.create(walletTask(credentialId), credentialId, CredentialConfigurations.EBSI, 6, Duration.ofDays(1))
                .offer().offerId();
        int maxFailures = 5;
        List<Boolean> counted = Parallel.fire(50, () -> offers.failedTxCode(id, maxFailures));
        assertThat(counted).as("guesses counted as wrong, the rest refused as locked").filteredOn(c -> c).hasSize(maxFailures);
        assertThat(offers.find(id).orElseThrow().txCodeFailures()).isEqualTo(maxFailures);
        assertThat(offers.redeem(id, maxFailures)).as("locked: even the right PIN redeems nothing").isFalse();
    }

    @Test
    void noncesAreBoundedPerClientAndInAllUntilTheyAreUsedOrExpire() {
        Duration ttl = Duration.ofMinutes(5);
        List<String> first = new ArrayList<>();
        for (int i = 0; i < LIMITS.maxPerClient(); i++) {
            first.add(grants.newNonce("a", ttl, LIMITS).orElseThrow());
        }
        assertThat(grants.newNonce("a", ttl, LIMITS)).as("client a is at its bound").isEmpty();
        assertThat(grants.retryAfter("a")).isEqualTo(ttl);
        assertThat(grants.newNonce("b", ttl, LIMITS)).isPresent();
        assertThat(grants.newNonce("c", ttl, LIMITS)).isPresent();
        assertThat(grants.newNonce("d", ttl, LIMITS)).as("all clients together are at the bound").isEmpty();

        assertThat(grants.consumeNonce(first.get(0))).isTrue();
        assertThat(grants.newNonce("a", ttl, LIMITS)).as("a used one frees a place").isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(grants.retryAfter("a")).isEqualTo(Duration.ofMinutes(3));
        clock.advance(Duration.ofMinutes(4));
        assertThat(grants.newNonce("a", ttl, LIMITS)).as("expired ones are purged").isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wallet_nonce").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wallet_nonce WHERE client_key = 'a'").query(Long.class).single())
                .as("the store keeps the key it was given (WalletKeys.clientKey of the address)").isOne();
    }

    @Test
    void anOfferMadeBeforeV23KeepsItsLinkAndPinButNoPlaintextAfterTheUpgrade() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).target("22").load().migrate();
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        UUID task = walletTask(credentialId);
        UUID open = UUID.randomUUID();
        UUID redeemed = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.now, ZoneOffset.UTC);
        for (UUID id : List.of(open, redeemed)) {
            jdbc.sql("INSERT INTO wallet_offer (offer_id, task_id, credential_id, configuration_id, pre_authorized_code, tx_code,"
                            + " tx_code_required, tx_code_failures, created_at, expires_at, redeemed_at) VALUES (:id, :task, :credential,"
                            + " 'EuropeanDigitalCredential_jwt_vc_json', :code, :pin, TRUE, 1, :now, :expires, :redeemed)")
                    .param("id", id).param("task", task).param("credential", credentialId).param("code", "legacy-code-" + id)
                    .param("pin", id == open ? "123456" : null).param("now", now).param("expires", now.plusDays(1))
                    .param("redeemed", id == open ? null : now).update();
        }
        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(new LegacyWalletSecrets(jdbc, keys).secure()).isEqualTo(2);
        assertThat(new LegacyWalletSecrets(jdbc, keys).secure()).as("nothing left on the next start").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wallet_offer WHERE tx_code IS NOT NULL").query(Long.class).single()).isZero();
        Offer upgraded = offers.byCode(keys.preAuthorizedCode(open)).orElseThrow();
        assertThat(upgraded.offerId()).as("the offer URL now serves the derived code").isEqualTo(open);
        assertThat(upgraded.txCodeFailures()).isOne();
        assertThat(keys.txCodeMatches(open, "123456", upgraded.txCodeCheck())).as("the PIN the learner has").isTrue();
        assertThat(keys.openTxCode(open, upgraded.txCodeSealed())).hasValue("123456");
        assertThat(offers.byCode("legacy-code-" + open)).isEmpty();
        assertThat(offers.find(redeemed).orElseThrow().txCodeSealed()).isNull();
    }

    @Test
    void theOperatorsViewUnsealsThePinWhileOpenAndReportsEachReadTheAuditorsViewLeavesItOut() {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        UUID task = walletTask(credentialId);
        WalletOffers.Made made = offers.create(task, credentialId, CredentialConfigurations.EBSI, 6, Duration.ofDays(1));
        List<UUID> reads = new ArrayList<>();
        OfferDetail view = new OfferDetail(offers, keys, new IssuerUrl(IssuerUrlTest.configured("https://issuer.example")),
                (offerId, deliveryTaskId) -> reads.add(deliveryTaskId));
        Delivery delivery = new Delivery(task, credentialId, null, "test", "wallet", DeliveryState.PENDING, 1, null, null,
                null, clock.now, clock.now, null);

        @SuppressWarnings("unchecked")
        Map<String, Object> operator = (Map<String, Object>) view.detailOf(delivery).orElseThrow();
        assertThat(operator).containsEntry("txCode", made.txCode()).containsEntry("txCodeFailures", 0);
        assertThat(reads).containsExactly(task);
        @SuppressWarnings("unchecked")
        Map<String, Object> auditor = (Map<String, Object>) view.detailOf(delivery, false).orElseThrow();
        assertThat(auditor).doesNotContainKey("txCode").containsEntry("state", "open");
        assertThat(reads).as("nothing shown, nothing recorded").hasSize(1);

        offers.redeem(made.offer().offerId(), 5);
        assertThat(view.detailOf(delivery).orElseThrow()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .doesNotContainKey("txCode");
        assertThat(reads).hasSize(1);
    }
}
