package eu.credentialgateway.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The only JSON-LD document loader the gateway uses: it serves the gateway's own context documents
 * from {@code ontologies/context/} for their well-known URLs and refuses every other URL. It never
 * touches the network, so no input can make the gateway fetch anything.
 *
 * <p>Each document is parsed once, when the loader is made; the parsed JSON is immutable and shared,
 * and every call hands out a fresh {@link JsonDocument} around it, so one loader serves many threads.
 *
 * <p>A URL matches whatever its scheme ({@code http} or {@code https}), with or without a trailing
 * {@code /} or a {@code .jsonld} / {@code .json} suffix; a query or fragment never matches.
 */
public final class ContextDocuments implements DocumentLoader {
    /** The ELM 3.2 EDC application-profile context, as EDCs reference it. */
    public static final URI EDC_AP = URI.create("http://data.europa.eu/snb/model/context/edc-ap");
    /** The W3C Verifiable Credentials 1.1 context. */
    public static final URI CREDENTIALS_V1 = URI.create("https://www.w3.org/2018/credentials/v1");
    /** The W3C Verifiable Credentials 2.0 context. */
    public static final URI CREDENTIALS_V2 = URI.create("https://www.w3.org/ns/credentials/v2");

    /** Folder under {@code gateway.home} that holds the context documents. */
    public static final String FOLDER = "ontologies/context";

    private final Map<String, Served> byKey;

    private record Served(URI url, JsonStructure json) {
    }

    private ContextDocuments(Map<String, Served> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * The gateway's own contexts in {@code folder}: {@code edc-ap.jsonld}, {@code w3c-credentials-v1.jsonld}, and the
     * documents every term table {@code *.terms} there makes (W3C VC 2.0, Data Integrity v1, Open Badges 3.0.1 /
     * 3.0.2 / 3.0.3 and its extensions, CLR 2.0.1; see {@link ContextTable}).
     */
    public static ContextDocuments fromFolder(Path folder) {
        Map<String, Served> byKey = new LinkedHashMap<>();
        Map.of(EDC_AP, folder.resolve("edc-ap.jsonld"), CREDENTIALS_V1, folder.resolve("w3c-credentials-v1.jsonld"))
                .forEach((url, file) -> byKey.put(key(url), new Served(url, parse(file))));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path table : files.filter(f -> f.getFileName().toString().endsWith(".terms")).sorted().toList()) {
                ContextTable.documents(table).forEach((url, json) -> {
                    if (byKey.put(key(url), new Served(url, json)) != null) {
                        throw new IllegalArgumentException(table + " makes " + url + " a second time");
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list JSON-LD contexts in " + folder, e);
        }
        return new ContextDocuments(byKey);
    }

    /** The gateway's own contexts under {@code <gatewayHome>/ontologies/context}. */
    public static ContextDocuments fromHome(Path gatewayHome) {
        return fromFolder(gatewayHome.resolve(FOLDER));
    }

    /**
     * A loader serving exactly these files for these URLs (tests use it to serve other documents).
     *
     * @throws UncheckedIOException when a file cannot be read, IllegalArgumentException when it is not JSON
     */
    public static ContextDocuments of(Map<URI, Path> documents) {
        Map<String, Served> byKey = new LinkedHashMap<>();
        documents.forEach((url, file) -> byKey.put(key(url), new Served(url, parse(file))));
        return new ContextDocuments(byKey);
    }

    /**
     * The parsed document served for {@code url} ({@code {"@context": ...}}), for the stages that read a context's
     * term definitions themselves (the serialiser's term table, the profiles' datatypes) rather than through a
     * JSON-LD processor.
     *
     * @throws IllegalArgumentException when this loader does not serve {@code url}
     */
    public JsonStructure document(URI url) {
        Served served = byKey.get(key(url));
        if (served == null) {
            throw new IllegalArgumentException("JSON-LD context " + url + " is not among " + urls());
        }
        return served.json();
    }

    /** The canonical URLs this loader serves. */
    public Set<URI> urls() {
        return byKey.values().stream().map(Served::url).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Served served = url == null ? null : byKey.get(key(url));
        if (served == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "JSON-LD document " + url + " is not served: the gateway loads only its own contexts "
                            + urls() + " from " + FOLDER + " and never fetches from the network");
        }
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, served.json());
        document.setDocumentUrl(served.url());
        return document;
    }

    /** host + path, lower-case host, without scheme, trailing slash or .jsonld/.json; null for what can never match. */
    private static String key(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getRawQuery() != null
                || url.getRawFragment() != null || url.getHost() == null || url.getPort() != -1) {
            return "";
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        for (String suffix : new String[] {".jsonld", ".json"}) {
            if (path.endsWith(suffix)) {
                path = path.substring(0, path.length() - suffix.length());
            }
        }
        return url.getHost().toLowerCase(Locale.ROOT) + path;
    }

    private static JsonStructure parse(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(reader)) {
            return json.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON-LD context " + file, e);
        } catch (JsonException e) {
            throw new IllegalArgumentException("JSON-LD context " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
