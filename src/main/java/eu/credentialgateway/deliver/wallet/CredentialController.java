package eu.credentialgateway.deliver.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.deliver.AwaitedDeliveries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Credential Endpoint (OpenID4VCI 1.0, section 8): {@code POST /api/v1/wallet/credential} with
 * {@code Authorization: Bearer <access token>} and {@code {"credential_configuration_id": ..., "proofs": {"jwt":
 * [...]}}} (the drafts' single {@code proof} object is read too). Answers {@code {"credentials": [{"credential":
 * ...}]}}: the sealed credential exactly as stored in the outbox (a compact JWT as a string, a JAdES seal as a JSON
 * object), and marks the wallet delivery {@code delivered}. Errors: 401 {@code invalid_token} (missing, unknown or
 * expired token); 403 {@code insufficient_scope} (a configuration this token was not offered); 400
 * {@code invalid_credential_request}, {@code unknown_credential_configuration}, {@code unknown_credential_identifier},
 * {@code invalid_proof} (see {@link ProofCheck}), {@code invalid_nonce} (a nonce not ours, expired or used),
 * {@code credential_request_denied} (the credential is gone).
 */
@RestController
@RequestMapping(IssuerUrl.API)
class CredentialController {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialController.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PROOFS = 10;

    private final WalletOffers offers;
    private final WalletGrants grants;
    private final IssuerUrl urls;
    private final WalletProperties properties;
    private final AwaitedDeliveries awaited;

    CredentialController(WalletOffers offers, WalletGrants grants, IssuerUrl urls, WalletProperties properties,
                         AwaitedDeliveries awaited) {
        this.offers = offers;
        this.grants = grants;
        this.urls = urls;
        this.properties = properties;
        this.awaited = awaited;
    }

    @PostMapping(path = "/credential", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> credential(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                      @RequestBody(required = false) String requestBody) throws IOException {
        Offer offer = offerOf(authorization);
        JsonNode request = parse(requestBody);
        if (request.hasNonNull("credential_identifier")) {
            throw WalletError.badRequest("unknown_credential_identifier", "this issuer gives no credential identifiers");
        }
        String configurationId = request.path("credential_configuration_id").asText(null);
        if (configurationId == null || configurationId.isBlank()) {
            throw WalletError.badRequest("invalid_credential_request", "credential_configuration_id is missing");
        }
        if (CredentialConfigurations.byId(configurationId).isEmpty()) {
            throw WalletError.badRequest("unknown_credential_configuration", "no credential configuration of that id");
        }
        if (!configurationId.equals(offer.configurationId())) {
            throw new WalletError(HttpStatus.FORBIDDEN, "insufficient_scope", "this access token is for another credential configuration");
        }
        String holderKey = checkProofs(request);
        String sealed = offers.sealedCredential(offer.credentialId())
                .orElseThrow(() -> WalletError.badRequest("credential_request_denied", "the credential is no longer held"));
        offers.issued(offer.offerId(), holderKey);
        if (awaited.delivered(offer.taskId(), 200)) {
            LOG.info("wallet offer {}: credential {} picked up", offer.offerId(), offer.credentialId());
        }
        boolean json = CredentialConfigurations.byId(configurationId).orElseThrow().json();
        String credential = json ? sealed.strip() : JSON.writeValueAsString(sealed);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body("{\"credentials\":[{\"credential\":" + credential + "}]}");
    }

    private Offer offerOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new WalletError(HttpStatus.UNAUTHORIZED, null, "a Bearer access token from the token endpoint is required");
        }
        UUID offerId = grants.offerOf(authorization.substring(7).trim())
                .orElseThrow(() -> new WalletError(HttpStatus.UNAUTHORIZED, "invalid_token", "the access token is unknown or expired"));
        return offers.find(offerId).orElseThrow(() -> new WalletError(HttpStatus.UNAUTHORIZED, "invalid_token", "the access token's offer is gone"));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode request = body == null ? null : JSON.readTree(body);
            if (request != null && request.isObject()) {
                return request;
            }
        } catch (IOException malformed) {
            // answered below
        }
        throw WalletError.badRequest("invalid_credential_request", "the credential request must be a JSON object");
    }

    /** Checks every jwt proof sent and uses up their nonce; the holder key's thumbprint, or null when none was sent. */
    private String checkProofs(JsonNode request) {
        List<String> jwts = new ArrayList<>();
        JsonNode proofs = request.get("proofs");
        JsonNode single = request.get("proof");
        if (proofs != null && single != null) {
            throw WalletError.badRequest("invalid_credential_request", "send proofs or proof, not both");
        }
        if (proofs != null) {
            if (!proofs.isObject() || proofs.size() != 1 || !proofs.path("jwt").isArray() || proofs.path("jwt").isEmpty()
                    || proofs.path("jwt").size() > MAX_PROOFS) {
                throw WalletError.badRequest("invalid_proof", "proofs must hold one array of 1 to " + MAX_PROOFS + " jwt proofs");
            }
            proofs.path("jwt").forEach(jwt -> jwts.add(jwt.asText()));
        } else if (single != null) {
            if (!"jwt".equals(single.path("proof_type").asText()) || !single.path("jwt").isTextual()) {
                throw WalletError.badRequest("invalid_proof", "the proof must be of type jwt");
            }
            jwts.add(single.path("jwt").asText());
        }
        if (jwts.isEmpty()) {
            if (properties.requireProof()) {
                throw WalletError.badRequest("invalid_proof", "a jwt proof of possession is required");
            }
            return null;
        }
        List<ProofCheck.Proven> proven = jwts.stream()
                .map(jwt -> ProofCheck.check(jwt, urls.issuer(), offers.now(), properties.proofMaxAge())).toList();
        proven.stream().map(ProofCheck.Proven::nonce).distinct().forEach(nonce -> {
            if (!grants.consumeNonce(nonce)) {
                throw WalletError.badRequest("invalid_nonce", "the proof's nonce is not a current c_nonce of this issuer");
            }
        });
        return proven.get(0).keyThumbprint();
    }
}
