package eu.credentialgateway.deliver;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of delivery ({@code gateway.deliver.*}). The defaults run the embedded setup: every credential goes to
 * the outbox folder only; registry, webhook and Kafka are off until their address is set. Secrets are not here:
 * {@code gateway.deliver.registry.client-secret} and {@code gateway.deliver.webhook.secret} are read from the
 * environment ({@code GATEWAY_DELIVER_REGISTRY_CLIENT_SECRET}, {@code GATEWAY_DELIVER_WEBHOOK_SECRET}) by the
 * target that needs them, so no record prints them.
 *
 * @param outboxDir where the outbox target writes {@code <uuid><extension of the form>}; unset: {@code <gateway.home>/data/outbox}
 * @param targets   target names per format ({@code targets.elmo=registry,kafka}) and {@code targets.default}
 */
@ConfigurationProperties("gateway.deliver")
public record DeliverProperties(Path outboxDir, Map<String, String> targets, @DefaultValue Dispatch dispatch,
                                @DefaultValue Retry retry, @DefaultValue Registry registry,
                                @DefaultValue Webhook webhook, @DefaultValue Kafka kafka) {
    static final String DEFAULT = "default";

    public DeliverProperties {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** The folder to use, given {@code gateway.home}. */
    Path outboxDirUnder(Path home) {
        return outboxDir != null ? outboxDir : home.resolve("data").resolve("outbox");
    }

    /** The configured target list for a format, else {@code targets.default}, else {@code outbox}. */
    String targetsFor(String format) {
        if (format != null) {
            String perFormat = targets.get(format.toLowerCase(Locale.ROOT));
            if (perFormat != null && !perFormat.isBlank()) {
                return perFormat;
            }
        }
        String fallback = targets.get(DEFAULT);
        return fallback == null || fallback.isBlank() ? OutboxTarget.NAME : fallback;
    }

    /**
     * The dispatcher.
     *
     * @param enabled        false: tasks are stored but nobody delivers them (another instance may)
     * @param workers        deliveries in flight at once
     * @param pollInterval   how often the table is polled for due tasks when no new one was stored
     * @param batchSize      most tasks claimed in one poll
     * @param lease          how long a claimed task stays with this instance; a crashed instance's tasks are
     *                       claimed again after it. Must exceed the longest attempt (2 x request timeout + TIR and token calls)
     * @param requestTimeout timeout of one HTTP request or Kafka send
     */
    public record Dispatch(@DefaultValue("true") boolean enabled, @DefaultValue("4") int workers,
                           @DefaultValue("500ms") Duration pollInterval, @DefaultValue("32") int batchSize,
                           @DefaultValue("60s") Duration lease, @DefaultValue("10s") Duration requestTimeout) {
        public Dispatch {
            if (workers < 1 || batchSize < 1) {
                throw new IllegalArgumentException("gateway.deliver.dispatch.workers and batch-size must be at least 1");
            }
            if (lease.compareTo(requestTimeout.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException("gateway.deliver.dispatch.lease must be at least 3 x request-timeout");
            }
        }
    }

    /**
     * Retries: the n-th retry waits {@code min(maxDelay, base * factor^(n-1))}, less up to {@code jitter} of it at
     * random; a {@code Retry-After} on 429/503 is honoured instead (bounded by {@code maxRetryAfter}).
     *
     * @param base          the first retry's delay
     * @param factor        each further retry waits this many times the one before (at least 1)
     * @param maxDelay      the longest delay between two attempts
     * @param maxAttempts   attempts in all, the first included; then the task is given up
     * @param jitter        share of each delay taken off at random (0..1), so that tasks failed together do not retry together
     * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one is cut to this
     */
    public record Retry(@DefaultValue("2s") Duration base, @DefaultValue("2.0") double factor,
                        @DefaultValue("10m") Duration maxDelay, @DefaultValue("10") int maxAttempts,
                        @DefaultValue("0.5") double jitter, @DefaultValue("1h") Duration maxRetryAfter) {
        public Retry {
            if (factor < 1 || jitter < 0 || jitter > 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("gateway.deliver.retry: factor >= 1, 0 <= jitter <= 1, max-attempts >= 1");
            }
        }
    }

    /**
     * The EBSI-style registry target; off while {@code url} is unset.
     *
     * @param url               where credentials are POSTed; {@code url/<credential id>} is looked up before a resend
     * @param tokenUrl          OAuth2 token endpoint (client-credentials grant); unset: no Authorization header
     * @param clientId          the gateway's OAuth2 client id (its secret: environment)
     * @param scope             scope asked for, or unset
     * @param clientAuth        {@code basic} (client_secret_basic) or {@code post} (client_secret_post)
     * @param tirUrl            Trusted Issuers Registry v5 base, e.g. {@code https://api-pilot.ebsi.eu/trusted-issuers-registry/v5};
     *                          unset: no accreditation check
     * @param issuerDid         the issuer DID checked in the TIR; unset: the credential's {@code issuer} when it is a DID
     * @param tirCacheTtl       how long a TIR answer is trusted
     * @param payload           {@code json} (the credential as stored) or {@code jwt} (its EBSI JWT form, made whenever
     *                          such a registry is among a credential's targets)
     * @param checkBeforeResend when an attempt was interrupted (crash), GET {@code url/<id>} first and count 200 as delivered
     */
    public record Registry(URI url, URI tokenUrl, String clientId, String scope, @DefaultValue("basic") String clientAuth,
                           URI tirUrl, String issuerDid, @DefaultValue("10m") Duration tirCacheTtl,
                           @DefaultValue("json") String payload, @DefaultValue("true") boolean checkBeforeResend) {
    }

    /**
     * The webhook target; off while {@code url} is unset.
     *
     * @param url             where credentials are POSTed, signed with the secret from {@code GATEWAY_DELIVER_WEBHOOK_SECRET}
     * @param signatureHeader carries {@code sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
     * @param timestampHeader carries the signing time, Unix seconds
     */
    public record Webhook(URI url, @DefaultValue("X-Gateway-Signature") String signatureHeader,
                          @DefaultValue("X-Gateway-Timestamp") String timestampHeader) {
    }

    /**
     * The Kafka target; on when {@code spring.kafka.bootstrap-servers} is set.
     *
     * @param topic records keyed by credential id, value the credential
     */
    public record Kafka(@DefaultValue("credentials.issued") String topic) {
    }
}
