package eu.credentialgateway.validate;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;

/**
 * Turns a SHACL report into findings; Jena's report types stop here. One finding per report entry:
 * code = the constraint component's local name (e.g. {@code MinCountConstraintComponent}),
 * message = the shape's {@code sh:message}, location = focus node + result path.
 * The entry's {@code sh:value} is left out on purpose: it can be a learner's data. For the same reason
 * a shape without {@code sh:message} gets a generic message, not Jena's, which may quote the value.
 */
final class ShaclFindings {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("elm", "http://data.europa.eu/snb/model/elm/")
            .setNsPrefix("cred", "https://www.w3.org/2018/credentials#")
            .setNsPrefix("dc", "http://purl.org/dc/terms/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("adms", "http://www.w3.org/ns/adms#")
            .setNsPrefix("rov", "http://www.w3.org/ns/regorg#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("person", "http://www.w3.org/ns/person#")
            .setNsPrefix("sec", "https://w3id.org/security#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .lock();

    private ShaclFindings() {
    }

    static List<Finding> from(ValidationReport report) {
        return report.getEntries().stream().map(ShaclFindings::finding).toList();
    }

    static Finding finding(ReportEntry entry) {
        String code = localName(entry.sourceConstraintComponent());
        return new Finding(Stage.VALIDATE, code, message(entry, code), location(entry));
    }

    private static String message(ReportEntry entry, String code) {
        return entry.messages().stream()
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst()
                .orElseGet(() -> "does not satisfy " + code + (entry.resultPath() == null ? "" : " on " + path(entry.resultPath())));
    }

    private static String location(ReportEntry entry) {
        Node focus = entry.focusNode();
        String where = focus == null ? "" : focus.isURI() ? focus.getURI() : focus.isBlank() ? "_:" + focus.getBlankNodeLabel() : "literal";
        return entry.resultPath() == null ? where : where + " " + path(entry.resultPath());
    }

    private static String path(Path path) {
        return PathWriter.asString(path, new Prologue(PREFIXES));
    }

    private static String localName(Node component) {
        if (component == null || !component.isURI()) {
            return "ShaclConstraint";
        }
        String iri = component.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
