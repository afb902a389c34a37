package eu.credentialgateway.deliver.wallet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Credential Issuer Identifier ({@code gateway.wallet.issuer-url}, else the base URL of the request being
 * answered) and the URLs made from it: endpoints, an offer's {@code credential_offer_uri}, its
 * {@code openid-credential-offer://} link and its QR code image. Unconfigured and outside a request, the URLs are
 * paths relative to the gateway's root.
 */
@Component
class IssuerUrl {
    static final String API = "/api/v1/wallet";
    static final String OFFER_SCHEME = "openid-credential-offer://";

    private final WalletProperties properties;

    IssuerUrl(WalletProperties properties) {
        this.properties = properties;
    }

    /** No trailing slash: wallets compare it with the offer's and the proof's {@code aud} as a plain string. */
    String issuer() {
        String base;
        if (properties.issuerUrl() != null) {
            base = properties.issuerUrl().toString();
        } else if (RequestContextHolder.getRequestAttributes() != null) {
            base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } else {
            base = ""; // outside a request (a caller off the web thread): paths relative to the gateway's root
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String endpoint(String name) {
        return issuer() + API + "/" + name;
    }

    String offerUri(UUID offerId) {
        return endpoint("offers/" + offerId);
    }

    String offerLink(UUID offerId) {
        return OFFER_SCHEME + "?credential_offer_uri=" + URLEncoder.encode(offerUri(offerId), StandardCharsets.UTF_8);
    }

    String qrUri(UUID offerId) {
        return offerUri(offerId) + "/qr";
    }
}
