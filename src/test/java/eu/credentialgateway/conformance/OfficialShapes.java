package eu.credentialgateway.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The OFFICIAL EDC shapes (ELM 3.2, in {@code ../shared/anchors/edc/shapes}) for tests: generic-no-cv,
 * generic-full and converted, with their {@code owl:imports} resolved to the local files (no network):
 * each import IRI maps to a file, and the files are parsed into one shapes graph.
 */
public final class OfficialShapes {
    /** Import IRI of each profile -> its local file. */
    private static final Map<String, String> IMPORTS = Map.of(
            "http://data.europa.eu/snb/model/ap/edc-generic-no-cv", "EDC-generic-no-cv.ttl",
            "http://data.europa.eu/snb/model/ap/edc-generic-full", "EDC-generic-full.ttl",
            "http://data.europa.eu/snb/model/ap/edc-converted", "EDC-converted.ttl");

    private static Shapes converted;

    private OfficialShapes() {
    }

    /** {@code ../shared} beside the project, where the reference data lives. */
    public static Path shared() {
        return Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
    }

    public static boolean available() {
        return Files.isDirectory(shared().resolve("anchors/edc/shapes"));
    }

    /** The converted profile with everything it imports, parsed once. */
    public static synchronized Shapes converted() {
        if (converted == null) {
            Graph shapes = GraphFactory.createDefaultGraph();
            Path folder = shared().resolve("anchors/edc/shapes");
            for (String file : IMPORTS.values()) {
                RDFParser.source(folder.resolve(file)).parse(shapes);
            }
            converted = Shapes.parse(shapes);
        }
        return converted;
    }

    public static ValidationReport validate(Graph credential) {
        return ShaclValidator.get().validate(converted(), credential);
    }

    /** One line per violation: focus node, path, message. */
    public static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
