package eu.credentialgateway.check.signature;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.OnFailedVerification;
import eu.credentialgateway.check.json.PrepareBounds;
import eu.credentialgateway.trust.TrustAnchors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:jwsSignature}, called from {@code direct:openbadges-v2-prepare}: a signed Open Badges 2.0
 * assertion is a JWS in compact form, sent alone or as a string element of a JSON array request whose other
 * elements are the BadgeClass, the Issuer and the issuer's {@code CryptographicKey} ({@code publicKeyPem}).
 * Hosted keys are never fetched: the key must come with the request.
 *
 * <p>Each JWS is replaced by its payload (the assertion JSON), so the rest of the pipeline sees plain
 * documents. Notes: {@code signature-valid} followed by {@code signer-trusted} or {@code signer-untrusted} (whether the
 * key is a trust anchor's, {@link SignerTrust}), {@code signature-unverified} (no key came with the request).
 * Failure codes (stage check, 422): {@code signature-invalid} (the signature does not match the key; a note instead
 * with {@code gateway.check.on-failed-verification=continue}),
 * {@code signature-unreadable} (not a JWS, or a payload that is not a JSON object),
 * {@code signing-key-unreadable} (the key document has no usable public key).
 */
@Component("jwsSignatureStage")
public class JwsSignatureStage implements Processor {
    private final PrepareBounds bounds;
    private final OnFailedVerification onFailure;

    private final TrustAnchors anchors;

    /** A stage that trusts no signer. */
    public JwsSignatureStage(AdapterCatalog adapters, CheckProperties properties) {
        this(adapters, properties, TrustAnchors.none());
    }

    @Autowired
    public JwsSignatureStage(AdapterCatalog adapters, CheckProperties properties, TrustAnchors anchors) {
        this.bounds = new PrepareBounds(adapters, properties);
        this.onFailure = properties.onFailedVerification();
        this.anchors = anchors;
    }

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public void process(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        if (body == null) {
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (COMPACT_JWS.matcher(text).matches()) {
            List<Finding> notes = eu.credentialgateway.Findings.collector();
            List<Finding> failures = eu.credentialgateway.Findings.collector();
            JsonNode payload = new SignedAssertion(text, "$", anchors).verify(List.of(), notes, failures);
            onFailure.apply(exchange, failures);
            Notes.add(exchange, notes);
            exchange.getMessage().setBody(bytes(payload));
            return;
        }
        if (!bounds.within(exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class), body)) {
            return; // not JSON, or out of the JSON check's bounds: the check stage says so
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            return; // not JSON: the check stage says so
        }
        if (!(request instanceof ArrayNode array) || !hasJws(array)) {
            return;
        }
        List<JsonNode> keys = new ArrayList<>();
        array.forEach(element -> {
            if (SigningKeys.isKey(element)) {
                keys.add(element);
            }
        });
        List<Finding> notes = eu.credentialgateway.Findings.collector();
        List<Finding> failures = eu.credentialgateway.Findings.collector();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isTextual() && COMPACT_JWS.matcher(element.asText().strip()).matches()) {
                array.set(i, new SignedAssertion(element.asText().strip(), "$[" + i + "]", anchors).verify(keys, notes, failures));
            }
        }
        onFailure.apply(exchange, failures);
        Notes.add(exchange, notes);
        exchange.getMessage().setBody(bytes(array));
    }

    private static boolean hasJws(ArrayNode array) {
        for (JsonNode element : array) {
            if (element.isTextual() && COMPACT_JWS.matcher(element.asText().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, "check-failed",
                    "the signed assertion's payload could not be written back", "")));
        }
    }
}
