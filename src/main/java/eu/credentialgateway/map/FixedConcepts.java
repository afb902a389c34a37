package eu.credentialgateway.map;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Official concepts that do not depend on the data (credential profile, file types, encodings,
 * ECTS, evidence type, grade status, English, the learning opportunity types of ELMO's four LOS
 * types, human sex). Each concept the graph uses gets its type, scheme (typed skos:ConceptScheme,
 * as the EDC shapes check) and English label; unused ones are left out.
 */
final class FixedConcepts {
    static final String GENERIC_PROFILE = "http://data.europa.eu/snb/credential/e34929035b";
    static final String FILE_TYPE_XML = "http://publications.europa.eu/resource/authority/file-type/XML";
    static final String FILE_TYPE_PNG = "http://publications.europa.eu/resource/authority/file-type/PNG";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type";
    static final String FILE_TYPE_TXT = FILE_TYPE + "/TXT";
    static final String BASE64 = "http://data.europa.eu/snb/encoding/6146cde7dd";
    static final String EVIDENCE_TYPE = "http://data.europa.eu/snb/evidence-type/c_18016257";
    static final String ENGLISH = "http://publications.europa.eu/resource/authority/language/ENG";

    private static final String LEARNING_OPPORTUNITY = "http://data.europa.eu/snb/learning-opportunity/";
    private static final String HUMAN_SEX = "http://publications.europa.eu/resource/authority/human-sex";

    private record Concept(String iri, String scheme, String label) {
    }

    private static final List<Concept> CONCEPTS = List.of(
            new Concept(GENERIC_PROFILE, "http://data.europa.eu/snb/credential/25831c2", "Generic"),
            new Concept(FILE_TYPE_XML, "http://publications.europa.eu/resource/authority/file-type", "XML"),
            new Concept(FILE_TYPE_PNG, "http://publications.europa.eu/resource/authority/file-type", "PNG"),
            new Concept(FILE_TYPE + "/JSON", FILE_TYPE, "JSON"),
            new Concept(FILE_TYPE + "/JSON_LD", FILE_TYPE, "JSON-LD"),
            new Concept(FILE_TYPE + "/CSV", FILE_TYPE, "CSV"),
            new Concept(FILE_TYPE + "/XLSX", FILE_TYPE, "Excel XLSX"),
            new Concept(FILE_TYPE + "/TXT", FILE_TYPE, "Plain text"),
            new Concept(FILE_TYPE + "/BIN", FILE_TYPE, "Binary Data"),
            new Concept("http://publications.europa.eu/resource/authority/file-type/PDF",
                    "http://publications.europa.eu/resource/authority/file-type", "PDF"),
            new Concept(BASE64, "http://data.europa.eu/snb/encoding/25831c2", "base64"),
            new Concept(EVIDENCE_TYPE, "http://data.europa.eu/snb/evidence-type/25831c2", null),
            new Concept(ENGLISH, "http://publications.europa.eu/resource/authority/language", "English"),
            new Concept("http://data.europa.eu/snb/education-credit/6fcec5c5af",
                    "http://data.europa.eu/snb/education-credit/25831c2", "European Credit Transfer System"),
            new Concept("http://data.europa.eu/snb/grade-status/c_60a1cf9a", "http://data.europa.eu/snb/grade-status/25831c2", "pass"),
            new Concept(LEARNING_OPPORTUNITY + "79343569f3", LEARNING_OPPORTUNITY + "25831c2", "Educational programme"),
            new Concept(LEARNING_OPPORTUNITY + "0f7dac46ca", LEARNING_OPPORTUNITY + "25831c2", "Programme module"),
            new Concept(LEARNING_OPPORTUNITY + "05053c1cbe", LEARNING_OPPORTUNITY + "25831c2", "Course"),
            new Concept(LEARNING_OPPORTUNITY + "7e1ac538db", LEARNING_OPPORTUNITY + "25831c2", "Class"),
            new Concept(HUMAN_SEX + "/NKN", HUMAN_SEX, "not known"),
            new Concept(HUMAN_SEX + "/MALE", HUMAN_SEX, "male"),
            new Concept(HUMAN_SEX + "/FEMALE", HUMAN_SEX, "female"),
            new Concept(HUMAN_SEX + "/NAP", HUMAN_SEX, "not applicable"));

    private FixedConcepts() {
    }

    /** The file-type concept of an adapter's media type (EU file-type authority table). */
    static String fileTypeOf(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT).split(";")[0].trim();
        if (type.equals("application/ld+json") || type.equals("application/vc+ld+json")) {
            return FILE_TYPE + "/JSON_LD";
        }
        if (type.endsWith("/json") || type.endsWith("+json")) {
            return FILE_TYPE + "/JSON";
        }
        if (type.endsWith("/xml") || type.endsWith("+xml")) {
            return FILE_TYPE_XML;
        }
        if (type.equals("text/csv")) {
            return FILE_TYPE + "/CSV";
        }
        if (type.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
            return FILE_TYPE + "/XLSX";
        }
        if (type.startsWith("text/")) {
            return FILE_TYPE + "/TXT";
        }
        return FILE_TYPE + "/BIN";
    }

    static void describeUsed(Graph graph) {
        for (Concept concept : CONCEPTS) {
            Node iri = NodeFactory.createURI(concept.iri());
            if (!graph.contains(Node.ANY, Node.ANY, iri)) {
                continue;
            }
            Node scheme = NodeFactory.createURI(concept.scheme());
            graph.add(Triple.create(iri, Elm.TYPE, Elm.CONCEPT));
            graph.add(Triple.create(iri, Elm.IN_SCHEME, scheme));
            graph.add(Triple.create(scheme, Elm.TYPE, Elm.CONCEPT_SCHEME));
            if (concept.label() != null) {
                graph.add(Triple.create(iri, Elm.PREF_LABEL, NodeFactory.createLiteralLang(concept.label(), "en")));
            }
        }
    }
}
