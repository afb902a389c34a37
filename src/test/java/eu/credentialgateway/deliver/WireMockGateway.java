package eu.credentialgateway.deliver;

import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.app.GatewayApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole gateway with its HTTP targets pointed at one WireMock server that plays the registry
 * ({@code /registry/credentials}), its OAuth2 token endpoint ({@code /oauth/token}), the Trusted Issuers Registry
 * v5 ({@code /tir/v5}) and a webhook receiver ({@code /hooks/credentials}). Short back-off and timeouts keep it fast.
 * The subclasses share one Spring context (this class declares its properties). Metrics export is on
 * ({@code @AutoConfigureObservability}: Spring Boot tests turn it off otherwise), so /actuator/prometheus answers.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
abstract class WireMockGateway {
    static final String ACCREDITED = "did:ebsi:zAccreditedIssuer1";
    static final String WEBHOOK_SECRET = "test-webhook-secret";
    static final WireMockServer WIREMOCK = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1").containerThreads(20));

    static {
        WIREMOCK.start();
    }

    /** Not a @TempDir: the subclasses share the Spring context, so they must share its folders too. */
    static final Path data = Path.of("target", "wiremock-gateway", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void targetsOnWireMock(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + WIREMOCK.port();
        GatewayDataFolders.register(registry, data, "wiremock-gateway");
        registry.add("gateway.deliver.registry.url", () -> base + "/registry/credentials");
        registry.add("gateway.deliver.registry.token-url", () -> base + "/oauth/token");
        registry.add("gateway.deliver.registry.client-id", () -> "gateway");
        registry.add("gateway.deliver.registry.client-secret", () -> "test-client-secret");
        registry.add("gateway.deliver.registry.tir-url", () -> base + "/tir/v5");
        registry.add("gateway.deliver.registry.tir-cache-ttl", () -> "1h");
        registry.add("gateway.deliver.webhook.url", () -> base + "/hooks/credentials");
        registry.add("gateway.deliver.webhook.secret", () -> WEBHOOK_SECRET);
        registry.add("gateway.deliver.dispatch.request-timeout", () -> "1200ms"); // well under the 2 s stub delay, above a loaded CI machine's stalls
        registry.add("gateway.deliver.dispatch.lease", () -> "5s");
        registry.add("gateway.deliver.dispatch.poll-interval", () -> "50ms");
        registry.add("gateway.deliver.retry.base", () -> "20ms");
        registry.add("gateway.deliver.retry.max-delay", () -> "200ms");
        registry.add("gateway.deliver.retry.max-attempts", () -> "6");
        registry.add("gateway.wallet.tx-code.length", () -> "6");
    }

    @AfterAll
    static void keepServerForTheNextClass() {
        WIREMOCK.resetRequests();
    }

    @LocalServerPort
    int port;
    @Autowired
    DeliverStage deliverStage;
    @Autowired
    DeliveryLedger ledger;
    @Autowired
    CamelContext camel;

    /** A credential issued by {@code issuerDid}, stored for {@code targets} through the deliver stage. */
    record Sent(String credentialId, String body, UUID inputId, List<UUID> deliveries) {
    }

    Sent send(String targets, String issuerDid) throws Exception {
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        UUID inputId = UUID.randomUUID();
        String body = "{\"id\":\"" + credentialId + "\",\"type\":[\"VerifiableCredential\"],\"issuer\":{\"id\":\"" + issuerDid + "\"}}";
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, credentialId);
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, inputId.toString());
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "test");
        exchange.getMessage().setHeader(GatewayHeaders.TARGETS, targets);
        exchange.getMessage().setBody(body);
        deliverStage.process(exchange);
        List<?> stored = exchange.getProperty(GatewayHeaders.DELIVERY_IDS, List.class);
        List<UUID> ids = stored.stream().map(id -> UUID.fromString(id.toString())).toList();
        return new Sent(credentialId, body, inputId, ids);
    }

    /** Waits (with a deadline) until the delivery is delivered or given up, and returns it. */
    Delivery settled(UUID deliveryId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> ledger.find(deliveryId).orElseThrow(),
                        d -> d.state() == DeliveryState.DELIVERED || d.state() == DeliveryState.GIVEN_UP);
    }
}
