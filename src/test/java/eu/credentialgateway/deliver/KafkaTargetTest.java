package eu.credentialgateway.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.app.GatewayApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Kafka target against an embedded KRaft broker: each credential is one record on {@code credentials.issued},
 * keyed by its id, read back by a plain consumer; health shows the cluster.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3, topics = "credentials.issued", bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class KafkaTargetTest {
    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataUnderTemp(DynamicPropertyRegistry registry) {
        GatewayDataFolders.register(registry, data, "kafka-target");
        registry.add("gateway.deliver.targets.test", () -> "kafka");
        registry.add("gateway.deliver.dispatch.poll-interval", () -> "50ms");
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    DeliverStage deliverStage;
    @Autowired
    DeliveryLedger ledger;
    @Autowired
    CamelContext camel;
    @LocalServerPort
    int port;

    @Test
    void everyCredentialIsOneRecordKeyedByItsIdAndTheHealthShowsTheCluster() throws Exception {
        Map<String, String> sent = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String credentialId = "urn:uuid:" + UUID.randomUUID();
            String body = "{\"id\":\"" + credentialId + "\",\"n\":" + i + "}";
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, credentialId);
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "test");   // gateway.deliver.targets.test=kafka
            exchange.getMessage().setBody(body);
            deliverStage.process(exchange);
            sent.put(credentialId, body);
        }

        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "kafka-target-test");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, ConsumerRecord<String, String>> received = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("credentials.issued"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    assertThat(received.put(record.key(), record)).as("one record per credential").isNull();
                }
                return received.size() >= sent.size();
            });
        }
        assertThat(received.keySet()).isEqualTo(sent.keySet());
        received.forEach((key, record) -> {
            assertThat(record.value()).isEqualTo(sent.get(key));
            assertThat(new String(record.headers().lastHeader("Idempotency-Key").value(), StandardCharsets.UTF_8)).isEqualTo(key);
        });
        assertThat(ledger.countByState("kafka").get(DeliveryState.DELIVERED)).isEqualTo(20);

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).header("X-API-Key", GatewayDataFolders.adminKey(data)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode kafka = new ObjectMapper().readTree(health.body()).at("/components/delivery/components/kafka");
        assertThat(kafka.at("/status").asText()).as(health.body()).isEqualTo("UP");
        assertThat(kafka.at("/details/reachable").asBoolean()).isTrue();
    }
}
