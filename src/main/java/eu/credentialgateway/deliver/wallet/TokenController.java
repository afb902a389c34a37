package eu.credentialgateway.deliver.wallet;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Token Endpoint for the pre-authorised code flow (OpenID4VCI 1.0, section 6; RFC 6749 section 4.1.3 form
 * encoding) and the Nonce Endpoint (section 7).
 * <ul>
 * <li>{@code POST /api/v1/wallet/token} {@code grant_type=urn:ietf:params:oauth:grant-type:pre-authorized_code&
 * pre-authorized_code=...[&tx_code=...]}: anonymous (no client authentication); answers {@code access_token} (opaque,
 * bound to the offer), {@code token_type: Bearer}, {@code expires_in}. The code is single use. Errors (400):
 * {@code unsupported_grant_type}; {@code invalid_request} (no code; a PIN expected and missing, or sent and not
 * expected); {@code invalid_grant} (unknown, used or expired code; wrong PIN; too many wrong PINs).</li>
 * <li>{@code POST /api/v1/wallet/nonce}: {@code {"c_nonce": ...}}, single use, {@code Cache-Control: no-store}.</li>
 * </ul>
 */
@RestController
@RequestMapping(IssuerUrl.API)
class TokenController {
    private final WalletOffers offers;
    private final WalletGrants grants;
    private final WalletProperties properties;
    private final TransactionTemplate transactions;

    TokenController(WalletOffers offers, WalletGrants grants, WalletProperties properties, TransactionTemplate transactions) {
        this.offers = offers;
        this.grants = grants;
        this.properties = properties;
        this.transactions = transactions;
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestBody MultiValueMap<String, String> form) {
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw WalletError.badRequest("invalid_request", "grant_type is missing");
        }
        if (!IssuerMetadataController.PRE_AUTHORIZED_GRANT.equals(grantType)) {
            throw WalletError.badRequest("unsupported_grant_type", "only the pre-authorized_code grant is supported");
        }
        String code = form.getFirst("pre-authorized_code");
        if (code == null || code.isBlank()) {
            throw WalletError.badRequest("invalid_request", "pre-authorized_code is missing");
        }
        Offer offer = offers.byCode(code).orElseThrow(() -> invalidGrant("the pre-authorized code is unknown"));
        String state = offer.state(offers.now());
        if (!"open".equals(state)) {
            throw invalidGrant("expired".equals(state) ? "the pre-authorized code has expired" : "the pre-authorized code was used already");
        }
        checkTxCode(offer, form.getFirst("tx_code"));
        String token = transactions.execute(status -> offers.redeem(offer.offerId())
                ? grants.issueToken(offer.offerId(), properties.tokenTtl()) : null);
        if (token == null) {
            throw invalidGrant("the pre-authorized code was used already");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", properties.tokenTtl().toSeconds());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private void checkTxCode(Offer offer, String txCode) {
        if (!offer.txCodeRequired()) {
            if (txCode != null) {
                throw WalletError.badRequest("invalid_request", "this offer has no tx_code: send none");
            }
            return;
        }
        if (txCode == null || txCode.isBlank()) {
            throw WalletError.badRequest("invalid_request", "this offer needs its tx_code");
        }
        if (offer.txCodeFailures() >= properties.txCode().maxFailures()) {
            throw invalidGrant("too many wrong tx_code values: the offer is locked");
        }
        boolean same = offer.txCode() != null && MessageDigest.isEqual(offer.txCode().getBytes(StandardCharsets.UTF_8),
                txCode.getBytes(StandardCharsets.UTF_8));
        if (!same) {
            offers.failedTxCode(offer.offerId());
            throw invalidGrant("the tx_code is wrong");
        }
    }

    @PostMapping(path = "/nonce", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> nonce() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("c_nonce", grants.newNonce(properties.nonceTtl())));
    }

    private static WalletError invalidGrant(String why) {
        return new WalletError(HttpStatus.BAD_REQUEST, "invalid_grant", why);
    }
}
