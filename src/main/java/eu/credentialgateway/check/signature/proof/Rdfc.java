package eu.credentialgateway.check.signature.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import eu.credentialgateway.Sha256;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A JSON-LD document as RDF Dataset Canonicalization (RDFC-1.0, SHA-256) N-Quads: titanium-json-ld turns it into
 * quads with the gateway's own context loader only (no remote context), {@link Rdfc10} canonicalises them. Both steps
 * are bounded in time ({@code timeout} each), so a hostile document (deep blank-node cliques, huge contexts) fails
 * fast instead of holding a worker.
 */
final class Rdfc {
    private final DocumentLoader loader;
    private final Duration timeout;

    /** Why a document could not be canonicalised: a context not served, a JSON-LD error, or too costly. */
    static final class Failed extends Exception {
        private final boolean contextNotServed;

        Failed(String message, boolean contextNotServed) {
            super(message, null, false, false);
            this.contextNotServed = contextNotServed;
        }

        boolean contextNotServed() {
            return contextNotServed;
        }
    }

    Rdfc(DocumentLoader loader, Duration timeout) {
        this.loader = loader;
        this.timeout = timeout;
    }

    /** The canonical N-Quads of {@code document}. */
    String nquads(JsonObject document) throws Failed {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setTimeout(timeout);
        options.setProduceGeneralizedRdf(false);
        try {
            Rdfc10 canon = new Rdfc10(timeout);
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            return canon.canonicalNQuads();
        } catch (JsonLdError e) {
            boolean notServed = switch (e.getCode()) {
                case LOADING_DOCUMENT_FAILED, LOADING_REMOTE_CONTEXT_FAILED -> true;
                default -> false;
            };
            throw new Failed(notServed ? e.getMessage() : "JSON-LD " + e.getCode(), notServed);
        }
    }

    /** SHA-256 of the canonical N-Quads (UTF-8). */
    byte[] hash(JsonObject document) throws Failed {
        return Sha256.of(nquads(document).getBytes(StandardCharsets.UTF_8));
    }
}
