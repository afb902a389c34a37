package eu.credentialgateway.check.signature;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.json.PrepareBounds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:hostedVerification}, called from {@code direct:openbadges-v2-prepare} after the signature and the
 * structure rules: a {@code HostedBadge} Assertion must lie within its issuer's hosted-verification scope
 * ({@link HostedVerification}), judged on the documents of the request; the hosted URL is never fetched.
 *
 * <p>Failure code (stage check, 422): {@code hosted-origin-not-allowed}. Note: {@code hosted-origin-not-checked}
 * (the issuer Profile is not in the request, or has neither an HTTP id nor {@code allowedOrigins}). A body that is
 * not JSON, or out of the JSON check's bounds, passes through to the check stage.
 */
@Component("hostedVerificationStage")
public class HostedVerificationStage implements Processor {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final PrepareBounds bounds;

    public HostedVerificationStage(AdapterCatalog adapters, CheckProperties properties) {
        this.bounds = new PrepareBounds(adapters, properties);
    }

    @Override
    public void process(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        if (body == null || !bounds.within(exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class), body)) {
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            return;
        }
        List<JsonNode> documents = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        if (request != null && request.isObject()) {
            documents.add(request);
            locations.add("$");
        } else if (request != null && request.isArray()) {
            for (int i = 0; i < request.size(); i++) {
                documents.add(request.get(i));
                locations.add("$[" + i + "]");
            }
        }
        List<Finding> rejections = eu.credentialgateway.Findings.collector();
        List<Finding> notes = eu.credentialgateway.Findings.collector();
        HostedVerification.check(documents, locations, rejections, notes);
        Notes.add(exchange, notes);
        if (!rejections.isEmpty()) {
            throw new GatewayException(Rejection.INVALID, rejections);
        }
    }
}
