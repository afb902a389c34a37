package eu.credentialgateway.conformance;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.loader.DocumentLoader;
import eu.credentialgateway.jsonld.ContextDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import eu.credentialgateway.serialise.JsonLdToRdf;
import org.apache.jena.sparql.core.DatasetGraph;

/** JSON-LD to RDF with titanium and a given loader, as Jena datasets: how the conformance tests compare contexts. */
final class JsonLdRdf {
    private JsonLdRdf() {
    }

    static DatasetGraph toRdf(JsonObject document, DocumentLoader loader) {
        try {
            return JsonLdToRdf.readDataset(document.toString(), loader);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD to RDF failed: " + e.getMessage(), e);
        }
    }

    /** A sample credential as JSON: a plain JSON-LD file, or the payload of a JAdES JSON serialisation. */
    static JsonObject credential(Path file) throws IOException {
        JsonObject json = read(Files.readString(file, StandardCharsets.UTF_8));
        return json.containsKey("payload") ? read(json.getString("payload")) : json;
    }

    /** The same document with its {@code @context} replaced by the VC v1 + EDC application-profile URLs. */
    static JsonObject withGatewayContexts(JsonObject credential) {
        JsonObjectBuilder copy = Json.createObjectBuilder(credential);
        copy.add("@context", Json.createArrayBuilder()
                .add(ContextDocuments.CREDENTIALS_V1.toString())
                .add(ContextDocuments.EDC_AP.toString()));
        return copy.build();
    }

    static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
