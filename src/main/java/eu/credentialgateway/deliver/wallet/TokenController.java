package eu.credentialgateway.deliver.wallet;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
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
 * expected); {@code invalid_grant} (unknown, used or expired code; wrong PIN; locked after
 * {@code tx-code.max-failures} wrong PINs, counted atomically so parallel guesses get no more).</li>
 * <li>{@code POST /api/v1/wallet/nonce}: {@code {"c_nonce": ...}}, single use, {@code Cache-Control: no-store}; 429
 * {@code temporarily_unavailable} with {@code Retry-After} when the client (by address) holds
 * {@code nonce.max-per-client} unused nonces, or all clients together {@code nonce.max-outstanding}.</li>
 * </ul>
 */
@RestController
@RequestMapping(IssuerUrl.API)
class TokenController {
    private final WalletOffers offers;
    private final WalletGrants grants;
    private final WalletKeys keys;
    private final WalletProperties properties;
    private final TransactionTemplate transactions;

    TokenController(WalletOffers offers, WalletGrants grants, WalletKeys keys, WalletProperties properties,
                    TransactionTemplate transactions) {
        this.offers = offers;
        this.grants = grants;
        this.keys = keys;
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
        // redeeming and issuing commit together: a code that lost the race, or was locked meanwhile, gets no token
        String token = transactions.execute(status -> offers.redeem(offer.offerId(), maxFailures())
                ? grants.issueToken(offer.offerId(), properties.tokenTtl()) : null);
        if (token == null) {
            throw offers.find(offer.offerId()).filter(o -> o.txCodeFailures() >= maxFailures()).isPresent()
                    ? locked() : invalidGrant("the pre-authorized code was used already");
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
        if (offer.txCodeFailures() >= maxFailures()) {
            throw locked();
        }
        if (!keys.txCodeMatches(offer.offerId(), txCode, offer.txCodeCheck())) {
            // the count decides, not the failures read above: parallel guesses each see the same stale number
            throw offers.failedTxCode(offer.offerId(), maxFailures()) ? invalidGrant("the tx_code is wrong") : locked();
        }
    }

    private int maxFailures() {
        return properties.txCode().maxFailures();
    }

    @PostMapping(path = "/nonce", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> nonce(HttpServletRequest request) {
        String client = keys.clientKey(network(request.getRemoteAddr()));
        String nonce = grants.newNonce(client, properties.nonceTtl(), properties.nonce()).orElseThrow(() -> {
            Duration wait = grants.retryAfter(client);
            return WalletError.tooManyRequests("too many unused c_nonce values: use or let expire those given", wait);
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("c_nonce", nonce));
    }

    /** The address an IPv4 client is counted by, or the /64 network of an IPv6 one (a host usually owns a whole /64). */
    static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return address;
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    private static WalletError locked() {
        return invalidGrant("too many wrong tx_code values: the offer is locked");
    }

    private static WalletError invalidGrant(String why) {
        return new WalletError(HttpStatus.BAD_REQUEST, "invalid_grant", why);
    }
}
