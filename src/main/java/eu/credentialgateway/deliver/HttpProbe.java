package eu.credentialgateway.deliver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Health's reachability probe of an HTTP target: any answer at all (even 404 or 401) means reachable. */
final class HttpProbe {
    private HttpProbe() {
    }

    static Optional<String> unreachable(HttpClient http, URI url, Duration timeout) {
        if (url == null) {
            return Optional.empty();
        }
        Duration bounded = timeout.compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : timeout;
        try {
            http.send(HttpRequest.newBuilder(url).timeout(bounded).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
