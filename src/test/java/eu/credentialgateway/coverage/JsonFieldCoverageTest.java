package eu.credentialgateway.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The measure over a JSON format's normalised request (Open Badges, CLR): values found by JSONPath, their node
 * from the object that holds them, their language its gw-lang; judged against hand-made credentials.
 */
class JsonFieldCoverageTest {
    private static final byte[] NORMALISED = """
            {"gw-id": "c", "documents": [{"gw-id": "c.1", "gw-parent": "c", "gw-lang": "und",
              "issuer": {"gw-id": "c.1.2", "gw-parent": "c.1", "gw-lang": "nl", "name": "Hogeschool Utrecht", "url": "https://hu.example"}}]}
            """.getBytes(StandardCharsets.UTF_8);
    private static final CoverageRule NAME = new CoverageRule("Profile", "issuer.name", "preferred label", "value",
            "$.documents[*].issuer.name", "urn:epass:org:{gw-id}", "skos:prefLabel", "text", "", "issuer:67>elm-issuer:28");
    private static final CoverageRule URL = new CoverageRule("Profile", "issuer.url", "homepage", "value",
            "$.documents[*].issuer.url", "urn:epass:org:{gw-id}", "foaf:homepage/elm:contentUrl", "iri", "Issuer homepage", "issuer:90>elm-issuer:86");
    private static final CoverageRule DOCUMENT = new CoverageRule("Profile", "issuer.name", "preferred label", "value",
            "$.documents[*].issuer.name", "urn:epass:credential:{../gw-id}", "skos:prefLabel", "text", "", "");

    @Test
    void aNameIsReachedInItsOwnLanguageOnlyOnTheNodeOfTheObjectThatHoldsIt() throws Exception {
        assertThat(status(NAME, "<urn:epass:org:c.1.2> skos:prefLabel \"Hogeschool Utrecht\"@nl .")).isEqualTo(FieldResult.Status.REACHED);
        assertThat(status(NAME, "<urn:epass:org:c.1.2> skos:prefLabel \"Hogeschool Utrecht\"@en .")).isEqualTo(FieldResult.Status.WRONG_LANGUAGE);
        assertThat(status(NAME, "<urn:epass:org:c.1> skos:prefLabel \"Hogeschool Utrecht\"@nl .")).isEqualTo(FieldResult.Status.MISSING);
        // {../gw-id}: the object around the one that holds the value (the document)
        assertThat(status(DOCUMENT, "<urn:epass:credential:c.1> skos:prefLabel \"Hogeschool Utrecht\"@nl .")).isEqualTo(FieldResult.Status.REACHED);
    }

    @Test
    void aValueIsNotedOnlyByANoteThatNamesItsField() throws Exception {
        assertThat(status(URL, "<urn:epass:note:x> elm:noteLiteral \"Issuer homepage (Open Badges): \\\"https://hu.example\\\".\"@en ."))
                .isEqualTo(FieldResult.Status.NOTED);
        assertThat(status(URL, "<urn:epass:note:x> elm:noteLiteral \"Issuer image (Open Badges): \\\"https://hu.example\\\".\"@en ."))
                .isEqualTo(FieldResult.Status.MISSING);
        // the words must come before the quoted value
        assertThat(status(URL, "<urn:epass:note:x> elm:noteLiteral \"\\\"https://hu.example\\\" is the Issuer homepage\"@en ."))
                .isEqualTo(FieldResult.Status.MISSING);
        assertThat(status(URL, "<urn:epass:org:c.1.2> foaf:homepage [ elm:contentUrl \"https://hu.example\" ] ."))
                .isEqualTo(FieldResult.Status.REACHED);
    }

    @Test
    void theLocationIsThePathOfTheValueNeverTheValue() throws Exception {
        CoverageReport report = new FieldCoverage(List.of(NAME)).measure("hand-made", NORMALISED, graph(""), graph(""));
        assertThat(report.fields()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("$.documents[0].issuer.name");
            assertThat(f.field()).isEqualTo("Profile.issuer.name");
        });
    }

    private static FieldResult.Status status(CoverageRule rule, String turtle) throws Exception {
        Graph graph = graph(turtle);
        CoverageReport report = new FieldCoverage(List.of(rule)).measure("hand-made", NORMALISED, graph, graph);
        assertThat(report.fields()).hasSize(1);
        return report.fields().get(0).status();
    }

    private static Graph graph(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix elm: <http://data.europa.eu/snb/model/elm/> .
                """ + turtle, Lang.TURTLE).parse(graph);
        return graph;
    }
}
