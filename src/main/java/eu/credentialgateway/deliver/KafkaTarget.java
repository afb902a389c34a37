package eu.credentialgateway.deliver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Target {@code kafka} (routes/deliver-kafka.yaml): one record per credential on {@code gateway.deliver.kafka.topic}
 * ({@code credentials.issued}), keyed by the credential id (so a resend lands in the same partition and a compacted
 * topic keeps one), value the credential, header {@code Idempotency-Key}. Spring Boot's KafkaTemplate sends it
 * (idempotent producer, {@code acks=all}); on when {@code spring.kafka.bootstrap-servers} is set.
 */
@Component("kafkaTarget")
class KafkaTarget implements DeliveryTarget {
    static final String NAME = "kafka";
    static final String BOOTSTRAP = "spring.kafka.bootstrap-servers";

    private final boolean configured;
    private final String topic;
    private final Duration timeout;
    private final ObjectProvider<KafkaTemplate<?, ?>> templates;
    private final ObjectProvider<KafkaAdmin> admins;

    KafkaTarget(DeliverProperties properties, Environment environment, ObjectProvider<KafkaTemplate<?, ?>> templates,
                ObjectProvider<KafkaAdmin> admins) {
        this.configured = environment.containsProperty(BOOTSTRAP);
        this.topic = properties.kafka().topic();
        this.timeout = properties.dispatch().requestTimeout();
        this.templates = templates;
        this.admins = admins;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(Exchange exchange) throws Exception {
        KafkaTemplate<String, String> template = (KafkaTemplate<String, String>) templates.getIfAvailable();
        if (!configured || template == null) {
            throw DeliveryFailure.permanent("target-not-configured", BOOTSTRAP + " is not set");
        }
        String credentialId = DeliveryExchange.credentialId(exchange);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, credentialId, DeliveryExchange.body(exchange));
        record.headers().add(DeliveryExchange.IDEMPOTENCY_KEY, credentialId.getBytes(StandardCharsets.UTF_8));
        try {
            template.send(record).get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() != null && failed.getCause().getCause() != null ? failed.getCause().getCause() : failed.getCause();
            if (cause instanceof RecordTooLargeException || cause instanceof SerializationException) {
                throw DeliveryFailure.permanent("kafka-refused", "Kafka refused the record: " + cause.getClass().getSimpleName());
            }
            throw DeliveryFailure.transientFault("kafka-send-failed", "Kafka send failed: "
                    + (cause == null ? failed.getClass().getSimpleName() : cause.getClass().getSimpleName()));
        } catch (TimeoutException slow) {
            throw DeliveryFailure.transientFault("timeout", "Kafka did not acknowledge within " + timeout.toMillis() * 2 + " ms");
        }
    }

    /** Health: the cluster answers a describe-cluster within 2 s. */
    @Override
    public Optional<String> unreachable() {
        KafkaAdmin admin = admins.getIfAvailable();
        if (!configured || admin == null) {
            return Optional.empty();
        }
        Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        try (AdminClient client = AdminClient.create(config)) {
            client.describeCluster().clusterId().get(2, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of("no answer from the Kafka cluster: " + e.getClass().getSimpleName());
        }
    }
}
