package eu.credentialgateway.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One concept scheme's table ({@code ontologies/vocab/<name>.tsv}, written by
 * {@code align.tables.BuildAlignmentTables}): concepts by IRI and by normalised lookup code. Immutable.
 */
public record ConceptTable(String name, Node scheme, String namespace, Map<String, Concept> byIri, Map<String, Concept> byCode) {
    private static final String SNB_SUFFIX = "/25831c2";

    public ConceptTable {
        byIri = Map.copyOf(byIri);
        byCode = Map.copyOf(byCode);
    }

    public Concept concept(String iri) {
        return byIri.get(iri);
    }

    /** Looks a code up as given; callers normalise it first (see {@link AlignedScheme}). */
    public Concept byCode(String normalisedCode) {
        return byCode.get(normalisedCode);
    }

    public int size() {
        return byIri.size();
    }

    /** Whether an IRI lies in this scheme's concept namespace (the scheme IRI itself does not). */
    boolean inNamespace(String iri) {
        return iri.startsWith(namespace) && !iri.equals(scheme.getURI());
    }

    static ConceptTable read(Path tsv) throws IOException {
        String file = tsv.getFileName().toString();
        String name = file.substring(0, file.length() - ".tsv".length());
        Node scheme = null;
        Map<String, Concept> byIri = new HashMap<>();
        Map<String, Concept> byCode = new HashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("@scheme")) {
                scheme = NodeFactory.createURI(f[1]);
                continue;
            }
            if (scheme == null || f.length < 2 || f.length % 2 != 0) {
                throw new IOException(file + ":" + lineNo + ": not a concept row (scheme line first, then IRI, codes, lang/label pairs)");
            }
            List<Node> labels = new ArrayList<>((f.length - 2) / 2);
            for (int i = 2; i < f.length; i += 2) {
                labels.add(NodeFactory.createLiteralLang(f[i + 1], f[i]));
            }
            Concept c = new Concept(NodeFactory.createURI(f[0]), scheme, labels);
            if (byIri.put(f[0], c) != null) {
                throw new IOException(file + ":" + lineNo + ": concept listed twice");
            }
            for (String code : f[1].isEmpty() ? new String[0] : f[1].split(" ")) {
                if (byCode.put(code, c) != null) {
                    throw new IOException(file + ":" + lineNo + ": code " + code + " names two concepts");
                }
            }
        }
        if (scheme == null) {
            throw new IOException(file + ": no @scheme line");
        }
        return new ConceptTable(name, scheme, namespaceOf(scheme.getURI()), byIri, byCode);
    }

    private static String namespaceOf(String schemeIri) {
        String base = schemeIri.endsWith(SNB_SUFFIX) ? schemeIri.substring(0, schemeIri.length() - SNB_SUFFIX.length()) : schemeIri;
        return base + "/";
    }
}
