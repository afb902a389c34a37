package eu.credentialgateway.deliver.wallet;

import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.deliver.DeliverStage;
import eu.credentialgateway.deliver.DeliveryFailure;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Target {@code wallet} (routes/deliver-wallet.yaml): delivering = offering. The first attempt stores a credential
 * offer (pre-authorised code, optional PIN) and leaves the task {@code pending} until the offer's expiry plus one
 * token lifetime ({@link DeliverStage#AWAIT_UNTIL}); the credential endpoint marks it {@code delivered} when a wallet
 * picks the credential up. Claimed again at that time with the offer unused, the task is given up
 * ({@code offer-expired}); an operator's retry makes a new offer. A credential with no sealed form a wallet takes
 * (unsealed JSON-LD, Turtle) is given up at once ({@code no-wallet-form}).
 *
 * <p>When an offer is made, headers {@code GatewayWalletOfferId} and (with a PIN) {@code GatewayWalletTxCode} are
 * set for the route's later steps: the place to send the PIN to the learner out of band.
 */
@Component("walletTarget")
class WalletTarget implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(WalletTarget.class);

    private final WalletOffers offers;
    private final WalletProperties properties;

    WalletTarget(WalletOffers offers, WalletProperties properties) {
        this.offers = offers;
        this.properties = properties;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        UUID taskId = CanonicalUuid.parse(message.getHeader(GatewayHeaders.DELIVERY_ID, String.class))
                .orElseThrow(() -> new IllegalStateException("the delivery task has no id")); // the outbox sets it
        int inBudget = message.getHeader(GatewayHeaders.DELIVERY_ATTEMPT_IN_BUDGET, 1, Integer.class);
        Instant now = offers.now();
        List<Offer> earlier = offers.ofTask(taskId);
        if (earlier.stream().anyMatch(o -> o.issuedAt() != null)) {
            return; // picked up; the pick-up's own update lost a race with this claim
        }
        if (!earlier.isEmpty()) {
            Offer latest = earlier.get(0);
            Instant waitUntil = waitUntil(latest);
            if (now.isBefore(waitUntil)) {
                exchange.setProperty(GatewayHeaders.DELIVERY_AWAIT_UNTIL, waitUntil);
                return;
            }
            if (inBudget > 1) {
                offers.forgetTxCode(latest.offerId());
                throw DeliveryFailure.permanent("offer-expired", latest.redeemedAt() == null
                        ? "the wallet offer expired unredeemed" : "the wallet redeemed the offer but never fetched the credential");
            }
            // an operator re-armed the task: a new offer below
        }
        CredentialConfiguration configuration = CredentialConfigurations.of(message.getBody(String.class))
                .orElseThrow(() -> DeliveryFailure.permanent("no-wallet-form",
                        "the credential is not sealed in a form a wallet takes (ebsi-jwt, ob3 or edc-jades)"));
        WalletOffers.Made made = offers.create(taskId, message.getHeader(GatewayHeaders.CREDENTIAL_ID, String.class),
                configuration, properties.txCode().length(), properties.offerTtl());
        Offer offer = made.offer();
        message.setHeader(GatewayHeaders.WALLET_OFFER_ID, offer.offerId().toString());
        if (made.txCode() != null) {
            message.setHeader(GatewayHeaders.WALLET_TX_CODE, made.txCode());
        }
        exchange.setProperty(GatewayHeaders.DELIVERY_AWAIT_UNTIL, waitUntil(offer));
        LOG.info("wallet offer {} made for delivery {} ({}), open until {}", offer.offerId(), taskId, configuration.id(),
                offer.expiresAt());
    }

    /** The offer's expiry plus one token lifetime: a wallet that redeemed the code at the last moment may still fetch. */
    private Instant waitUntil(Offer offer) {
        return offer.expiresAt().plus(properties.tokenTtl());
    }
}
