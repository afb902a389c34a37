package eu.credentialgateway.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.jsonld.ContextDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;

/**
 * The official ELM 3.2 artefacts in {@code ../shared/anchors/edc}, loaded offline, for tests that check
 * the gateway's own artefacts against them. Nothing here is shipped: it reads the reference folder.
 *
 * <p>The official shapes files {@code owl:imports} each other by IRI, which Jena would fetch over HTTP;
 * here the imports are resolved by reading the files themselves (edc-generic-no-cv + edc-generic-full,
 * plus a profile's own file), and the {@code owl:imports} triples are dropped.
 */
public final class OfficialElm {
    /** Shapes files of the EDC generic profile (no-cv: classes and cardinalities; full: controlled vocabularies). */
    public static final List<String> GENERIC = List.of("EDC-generic-no-cv.ttl", "EDC-generic-full.ttl");
    /** The "converted" profile: the generic profile plus EDC-converted.ttl (evidence with embedded evidence). */
    public static final List<String> CONVERTED =
            List.of("EDC-generic-no-cv.ttl", "EDC-generic-full.ttl", "EDC-converted.ttl");

    /** Shapes parsed once per list of files: the official files are 200 KB of Turtle. */
    private static final Map<List<String>, Shapes> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private OfficialElm() {
    }

    /** {@code ../shared} relative to the project root, where the reference data lives. */
    public static Path shared() {
        return Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
    }

    /** Whether the official artefacts are there (CI has them; a bare clone may not). */
    public static boolean available() {
        return Files.isDirectory(shared().resolve("anchors/edc"));
    }

    /** {@code ../shared}; skips the calling test when it is absent. */
    public static Path sharedOrSkip() {
        assumeTrue(available(), "../shared is absent: skipping the conformance check against the official ELM artefacts");
        return shared();
    }

    public static Path edc(Path shared) {
        return shared.resolve("anchors/edc");
    }

    /** The official generic EDC shapes (no-cv + full), imports resolved locally. */
    public static Shapes officialShapes(Path shared) {
        return officialShapes(shared, GENERIC);
    }

    /** The official shapes of the given files under anchors/edc/shapes, as one shapes graph, imports dropped. */
    public static Shapes officialShapes(Path shared, List<String> files) {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String file : files) {
            RDFParser.source(edc(shared).resolve("shapes").resolve(file)).parse(shapes);
        }
        Node imports = OWL.imports.asNode();
        shapes.find(Node.ANY, imports, Node.ANY).toList().forEach(shapes::delete);
        return Shapes.parse(shapes);
    }

    /** Validates against the official generic shapes. */
    public static ValidationReport validate(Graph data) {
        return validate(data, sharedOrSkip(), GENERIC);
    }

    /** Validates against the official converted profile (generic + EDC-converted), as every gateway credential must pass. */
    public static ValidationReport validateConverted(Graph data) {
        return validate(data, sharedOrSkip(), CONVERTED);
    }

    /** Validates against the official shapes of the given files. */
    public static ValidationReport validate(Graph data, Path shared, List<String> files) {
        Shapes shapes = PARSED.computeIfAbsent(List.copyOf(files), f -> officialShapes(shared, f));
        return ShaclValidator.get().validate(shapes, data);
    }

    /** One line per violation: focus node, path, message (at most 20). */
    public static String describe(ValidationReport report) {
        return report.getEntries().stream().limit(20)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** A loader serving the OFFICIAL contexts for the same URLs as the gateway's own loader. */
    public static ContextDocuments officialContexts(Path shared) {
        Path context = edc(shared).resolve("context");
        return ContextDocuments.of(Map.of(
                ContextDocuments.EDC_AP, context.resolve("edc-ap-context.jsonld"),
                ContextDocuments.CREDENTIALS_V1, context.resolve("w3c-credentials-v1.jsonld")));
    }

    /** An IRI node, for building broken graphs. */
    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
