package eu.credentialgateway.deliver.wallet;

import eu.credentialgateway.deliver.Delivery;
import eu.credentialgateway.deliver.DeliveryDetail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@code offer} of a wallet delivery in {@code GET /api/v1/deliveries/{id}}: id, state, configuration,
 * {@code credential_offer_uri}, the {@code openid-credential-offer://} link, the QR code's URL, expiry, and while
 * the offer is open the PIN ({@code tx_code}, unsealed from its stored form) for the operator's out-of-band
 * channel, each showing reported to {@link OfferAudit}; wrong PINs so far. Older offers (before an operator's retry)
 * are counted, not shown.
 */
@Component
class OfferDetail implements DeliveryDetail {
    private final WalletOffers offers;
    private final WalletKeys keys;
    private final IssuerUrl urls;
    private final OfferAudit audit;

    @Autowired
    OfferDetail(WalletOffers offers, WalletKeys keys, IssuerUrl urls, ObjectProvider<OfferAudit> audit) {
        this(offers, keys, urls, audit.getIfAvailable(() -> OfferAudit.LOG));
    }

    OfferDetail(WalletOffers offers, WalletKeys keys, IssuerUrl urls, OfferAudit audit) {
        this.offers = offers;
        this.keys = keys;
        this.urls = urls;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "offer";
    }

    /** The operator's view: with the PIN while the offer is open. */
    @Override
    public Optional<Object> detailOf(Delivery delivery) {
        return detailOf(delivery, true);
    }

    @Override
    public Optional<Object> detailOf(Delivery delivery, boolean showSecrets) {
        if (!"wallet".equals(delivery.target())) {
            return Optional.empty();
        }
        List<Offer> made = offers.ofTask(delivery.id());
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Offer offer = made.get(0);
        String state = offer.state(offers.now());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", offer.offerId());
        detail.put("state", state);
        detail.put("credentialConfigurationId", offer.configurationId());
        detail.put("credentialOfferUri", urls.offerUri(offer.offerId()));
        detail.put("link", urls.offerLink(offer.offerId()));
        detail.put("qr", urls.qrUri(offer.offerId()));
        detail.put("expiresAt", offer.expiresAt());
        detail.put("txCodeRequired", offer.txCodeRequired());
        if (showSecrets && "open".equals(state)) {
            keys.openTxCode(offer.offerId(), offer.txCodeSealed()).ifPresent(pin -> {
                detail.put("txCode", pin);
                audit.pinShown(offer.offerId(), delivery.id());
            });
        }
        detail.put("txCodeFailures", offer.txCodeFailures());
        detail.put("redeemedAt", offer.redeemedAt());
        detail.put("issuedAt", offer.issuedAt());
        detail.put("earlierOffers", made.size() - 1);
        return Optional.of(detail);
    }
}
