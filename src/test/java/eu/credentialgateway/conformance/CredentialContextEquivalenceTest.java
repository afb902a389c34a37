package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import eu.credentialgateway.jsonld.ContextDocuments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's own term-table contexts (ontologies/context/*.terms: W3C VC 2.0, Data Integrity v1, Open Badges
 * 3.0.1 / 3.0.2 / 3.0.3 and extensions, CLR 2.0.1) mean exactly what the official files in
 * {@code ../shared/anchors/formats/contexts} mean, because a Data Integrity proof is a signature over the RDF a
 * context makes: one term missing or typed differently silently breaks every signature using it.
 * <ul>
 *   <li>each context defines the same terms, in the same (type- or property-) scopes, as the official file;</li>
 *   <li>every official term, in every scope, expands to the same RDF with either context;</li>
 *   <li>every Open Badges 3.0 / CLR 2.0 sample using only these contexts gives the same RDFC-1.0 canonical N-Quads,
 *       hence isomorphic RDF, with either.</li>
 * </ul>
 */
class CredentialContextEquivalenceTest {
    /** Each context: official file, and the contexts a probe node names before it (the URL last). */
    record Official(String url, String file, List<String> chain) {
    }

    private static final String VC2 = ContextDocuments.CREDENTIALS_V2.toString();
    private static final String OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final List<Official> CONTEXTS = List.of(
            new Official(VC2, "w3c-credentials-v2.jsonld", List.of(VC2)),
            new Official("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld",
                    List.of("https://w3id.org/security/data-integrity/v1")),
            new Official(OB303, "ob-v3p0-context-3.0.3.json", List.of(VC2, OB303)),
            new Official("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-context-3.0.2.json",
                    List.of(VC2, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json")),
            new Official("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-context-3.0.1.json",
                    List.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json")),
            new Official("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json",
                    List.of(VC2, OB303, "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json")),
            new Official("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", "clr-v2p0-context-2.0.1.json",
                    List.of(VC2, "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", OB303)));

    private static ContextDocuments ours;
    private static ContextDocuments official;

    @BeforeAll
    static void loadContexts() {
        ours = ContextDocuments.fromHome(Path.of(System.getProperty("user.dir")));
        Path folder = contexts();
        if (Files.isDirectory(folder)) {
            Map<URI, Path> files = new LinkedHashMap<>();
            CONTEXTS.forEach(c -> files.put(URI.create(c.url()), folder.resolve(c.file())));
            files.put(ContextDocuments.CREDENTIALS_V1, folder.resolve("w3c-credentials-v1.jsonld")); // for VC 1.1 samples
            official = ContextDocuments.of(files);
        }
    }

    private static Path contexts() {
        return Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats/contexts").normalize();
    }

    static Stream<String> urls() {
        return CONTEXTS.stream().map(Official::url);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void definesTheSameTermsInTheSameScopesAsTheOfficialContext(String url) throws JsonLdError {
        skipWithoutShared();
        assertThat(scopedTerms(context(ours, url))).isEqualTo(scopedTerms(context(official, url)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void everyOfficialTermExpandsAsOfficially(String url) throws JsonLdError {
        skipWithoutShared();
        Official of = CONTEXTS.stream().filter(c -> c.url().equals(url)).findFirst().orElseThrow();
        List<JsonObject> probes = new ArrayList<>();
        probes(context(official, url), new ArrayList<>(), of.chain(), probes);
        List<String> differing = new ArrayList<>();
        int failingAlike = 0;
        for (JsonObject probe : probes) {
            Object withOurs = rdfOrError(probe, ours);
            Object withOfficial = rdfOrError(probe, official);
            if (withOurs instanceof String ourError && withOfficial instanceof String officialError) {
                failingAlike++; // e.g. VC 2.0's cnf scope redefines the protected kid: an error with both
                if (!ourError.equals(officialError)) {
                    differing.add(probe + ": ours " + ourError + ", official " + officialError);
                }
            } else if (!(withOurs instanceof DatasetGraph a && withOfficial instanceof DatasetGraph b)
                    || b.getDefaultGraph().isEmpty() && !b.listGraphNodes().hasNext() || !IsoMatcher.isomorphic(a, b)) {
                differing.add(probe + ": ours " + describe(withOurs) + " official " + describe(withOfficial));
            }
        }
        assertThat(failingAlike).as("probes failing alike with both").isLessThanOrEqualTo(1);
        assertThat(differing).as("probes whose RDF differs").isEmpty();
        assertThat(probes).isNotEmpty();
    }

    static Stream<Path> samples() throws IOException {
        Path formats = contexts().getParent();
        if (!Files.isDirectory(formats)) {
            return Stream.of(Path.of("(../shared is absent)"));
        }
        List<Path> all = new ArrayList<>();
        for (String format : List.of("openbadges-v3", "clr-v2")) {
            try (Stream<Path> files = Files.walk(formats.resolve(format).resolve("samples"))) {
                files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("/schemas/")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleGivesTheSameCanonicalNQuadsWithOursAsWithTheOfficialContexts(Path sample) throws Exception {
        skipWithoutShared();
        JsonObject credential = JsonLdRdf.read(Files.readString(sample));
        TreeSet<String> named = new TreeSet<>();
        contextUrls(credential, named);
        assumeTrue(!named.isEmpty() && named.stream().allMatch(u -> u.equals(ContextDocuments.CREDENTIALS_V1.toString())
                        || CONTEXTS.stream().anyMatch(c -> c.url().equals(u))),
                "names a context the gateway does not serve: " + named);

        String withOurs = canonical(credential, ours);
        assertThat(withOurs).isEqualTo(canonical(credential, official)).contains("<https://schema.org/name>");
        assertThat(IsoMatcher.isomorphic(JsonLdRdf.toRdf(credential, ours), JsonLdRdf.toRdf(credential, official))).isTrue();
    }

    private static Object rdfOrError(JsonObject probe, ContextDocuments loader) {
        try {
            return JsonLdRdf.toRdf(probe, loader);
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private static String describe(Object rdf) {
        return rdf instanceof DatasetGraph dataset ? org.apache.jena.atlas.iterator.Iter.toList(dataset.find()).toString() : String.valueOf(rdf);
    }

    private static void skipWithoutShared() {
        assumeTrue(official != null, "../shared is absent: skipping the comparison with the official contexts");
    }

    private static JsonObject context(ContextDocuments loader, String url) throws JsonLdError {
        return loader.loadDocument(URI.create(url), null).getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context");
    }

    /** Every term as its scope path ({@code DataIntegrityProof/proofPurpose/assertionMethod}), with its kind of scope. */
    private static TreeSet<String> scopedTerms(JsonObject context) {
        TreeSet<String> terms = new TreeSet<>();
        walk(context, "", terms);
        return terms;
    }

    private static void walk(JsonObject context, String path, TreeSet<String> terms) {
        context.forEach((term, definition) -> {
            terms.add(path + term + (definition instanceof JsonObject d && d.containsKey("@context")
                    ? (d.get("@context") == JsonValue.NULL ? " {null}" : " {scope}") : ""));
            if (definition instanceof JsonObject d && d.get("@context") instanceof JsonObject scoped) {
                walk(scoped, path + term + "/", terms);
            }
        });
    }

    /** One probe node per term of {@code context} (recursively into scopes), using it as its definition says. */
    private static void probes(JsonObject context, List<Map.Entry<String, JsonObject>> outer, List<String> chain,
                               List<JsonObject> probes) {
        context.forEach((term, definition) -> {
            if (term.startsWith("@") || isKeywordOrPrefix(definition)) {
                return;
            }
            JsonObject def = definition instanceof JsonObject d ? d : Json.createObjectBuilder().add("@id", definition).build();
            List<Map.Entry<String, JsonObject>> path = new ArrayList<>(outer);
            path.add(Map.entry(term, def));
            probes.add(probe(path, chain));
            if (def.get("@context") instanceof JsonObject scoped) {
                probes(scoped, path, chain, probes);
            }
        });
    }

    private static JsonObject probe(List<Map.Entry<String, JsonObject>> path, List<String> chain) {
        JsonArrayBuilder contexts = Json.createArrayBuilder();
        chain.forEach(contexts::add);
        return Json.createObjectBuilder().add("@context", contexts).addAll(node(path, 0)).build();
    }

    /** The node for {@code path[from..]}: class terms become its type, property scopes nest a node. */
    private static JsonObjectBuilder node(List<Map.Entry<String, JsonObject>> path, int from) {
        JsonObjectBuilder node = Json.createObjectBuilder().add("id", "urn:probe:" + from);
        JsonArrayBuilder types = Json.createArrayBuilder();
        boolean typed = false;
        for (int i = from; i < path.size(); i++) {
            String term = path.get(i).getKey();
            JsonObject def = path.get(i).getValue();
            boolean last = i == path.size() - 1;
            if (isClass(term, def)) {
                types.add(term);
                typed = true;
            } else if (!last && "@vocab".equals(def.getString("@type", ""))) {
                node.add(term, path.get(i + 1).getKey()); // a vocabulary value: the next term is the value
                break;
            } else if (!last) {
                node.add(term, node(path, i + 1));
                break;
            } else {
                node.add(term, valueFor(def));
            }
        }
        if (typed) {
            node.add("type", types);
        }
        return node;
    }

    private static boolean isClass(String term, JsonObject def) {
        char first = term.charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && !def.containsKey("@type") && !def.containsKey("@container");
    }

    private static JsonValue valueFor(JsonObject def) {
        String type = def.getString("@type", "");
        String container = def.getString("@container", "");
        if (container.equals("@graph")) {
            return Json.createObjectBuilder().add("id", "urn:probe:graph").add("urn:probe:p", "in a graph").build();
        }
        JsonValue value = switch (type) {
            case "@id", "@vocab" -> Json.createValue("urn:probe:object");
            case "@json" -> Json.createObjectBuilder().add("b", 2).add("a", Json.createArrayBuilder().add(1)).build();
            case "" -> Json.createValue("probe");
            default -> Json.createValue("2024-01-02");
        };
        return container.equals("@list") || container.equals("@set") ? Json.createArrayBuilder().add(value).add("second").build() : value;
    }

    private static boolean isKeywordOrPrefix(JsonValue definition) {
        return definition instanceof JsonString s && (s.getString().startsWith("@") || s.getString().endsWith("#")
                || s.getString().endsWith("/"));
    }

    private static void contextUrls(JsonValue value, TreeSet<String> urls) {
        if (value instanceof JsonObject object) {
            JsonValue context = object.get("@context");
            if (context instanceof JsonString url) {
                urls.add(url.getString());
            } else if (context instanceof JsonArray array) {
                array.forEach(v -> urls.add(v instanceof JsonString s ? s.getString() : "(inline)"));
            } else if (context != null) {
                urls.add("(inline)");
            }
            object.forEach((key, child) -> {
                if (!key.equals("@context")) {
                    contextUrls(child, urls);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> contextUrls(child, urls));
        }
    }

    private static String canonical(JsonObject document, DocumentLoader loader) throws JsonLdError, RdfConsumerException {
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setProduceGeneralizedRdf(false);
        JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
        StringWriter text = new StringWriter();
        canon.provide(new NQuadsWriter(text));
        return text.toString();
    }
}
