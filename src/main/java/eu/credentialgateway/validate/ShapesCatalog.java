package eu.credentialgateway.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The gateway's SHACL shapes, parsed once at start from {@code ontologies/shapes/*.ttl} into one
 * {@link Shapes} (Jena's parsed shapes are immutable and safe to share between threads).
 */
final class ShapesCatalog {
    private final List<Path> files;
    private final Shapes shapes;

    private ShapesCatalog(List<Path> files, Shapes shapes) {
        this.files = files;
        this.shapes = shapes;
    }

    /** Every {@code *.ttl} in {@code folder} (sorted by name) except the file names in {@code skip}. */
    static ShapesCatalog fromFolder(Path folder, Collection<String> skip) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("SHACL shapes folder " + folder.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing
                    .filter(f -> f.getFileName().toString().endsWith(".ttl"))
                    .filter(f -> !skip.contains(f.getFileName().toString()))
                    .sorted()
                    .toList();
            return fromFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list SHACL shapes in " + folder, e);
        }
    }

    /** Exactly these files, as one shapes graph. */
    static ShapesCatalog fromFiles(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalStateException("no SHACL shapes to load");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        files.forEach(file -> RDFParser.source(file).parse(graph));
        return new ShapesCatalog(List.copyOf(files), Shapes.parse(graph));
    }

    Shapes shapes() {
        return shapes;
    }

    List<Path> files() {
        return files;
    }
}
