package eu.credentialgateway.deliver;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What the targets that POST over HTTP (registry, webhook) share: one address, the gateway's delivery HTTP client
 * with its per-request timeout ({@code gateway.deliver.dispatch.request-timeout}) and a clock. Such a target is
 * configured when its URL is set, and health probes that URL.
 */
abstract class HttpTarget implements DeliveryTarget {
    private final String name;
    private final URI url;
    final HttpClient http;
    final Duration timeout;
    final Clock clock;

    HttpTarget(String name, URI url, DeliverProperties properties, HttpClient http, Clock clock) {
        this.name = name;
        this.url = url;
        this.http = http;
        this.timeout = properties.dispatch().requestTimeout();
        this.clock = clock;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean configured() {
        return url != null;
    }

    @Override
    public final Optional<String> unreachable() {
        return HttpProbe.unreachable(http, url, timeout);
    }
}
