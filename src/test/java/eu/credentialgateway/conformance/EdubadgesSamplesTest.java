package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #14 acceptance for the Dutch edubadges (educredentials) OB 3.0 profile, over every sample of
 * ../shared/anchors/formats/openbadges-v3/samples/educredentials-nl/samples: after the real routes ({@link RoutedConversion}), the credential's
 * primary language is the achievement's inLanguage (Dutch for nl-NL), its achievement title is tagged with that
 * language, and an ext:EQF alignment with targetCode N is the EQF level N concept of the specification. The values
 * expected are read from each sample itself (inLanguage, the EQF alignment's targetCode).
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdubadgesSamplesTest {
    private static final String ELM = "http://data.europa.eu/snb/model/elm/";
    private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    @Autowired
    RoutedConversion routes;

    static Stream<String> samples() throws IOException {
        Path folder = OfficialElm.shared().resolve("anchors/formats/openbadges-v3/samples/educredentials-nl/samples");
        if (!Files.isDirectory(folder)) {
            return Stream.of("(../shared is absent)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void carriesTheDeclaredLanguageAndTheEqfLevel(String name) throws Exception {
        Path file = OfficialElm.sharedOrSkip().resolve("anchors/formats/openbadges-v3/samples/educredentials-nl/samples").resolve(name);
        byte[] body = Files.readAllBytes(file);
        JsonNode achievement = new ObjectMapper().readTree(body).path("credentialSubject").path("achievement");
        String declared = achievement.path("inLanguage").asText();
        String primary = declared.substring(0, 2);
        Graph graph = routes.convert("openbadges-v3", body).graph();

        List<Node> primaries = objects(graph, null, ELM + "primaryLanguage");
        assertThat(primaries).extracting(Node::getURI).containsExactly(LANGUAGE + ("nl".equals(primary) ? "NLD" : "ENG"));
        List<Node> titles = objects(graph, null, "http://purl.org/dc/terms/title").stream()
                .filter(t -> t.isLiteral() && t.getLiteralLexicalForm().equals(achievement.path("name").asText())).toList();
        assertThat(titles).isNotEmpty().allSatisfy(t -> assertThat(t.getLiteralLanguage()).isEqualToIgnoringCase(declared));

        for (JsonNode alignment : achievement.path("alignment")) {
            if ("ext:EQF".equals(alignment.path("targetType").asText())) {
                assertThat(objects(graph, null, ELM + "educationLevel")).extracting(Node::getURI)
                        .contains("http://data.europa.eu/snb/eqf/" + alignment.path("targetCode").asText());
            }
        }
    }

    private static List<Node> objects(Graph graph, Node subject, String predicate) {
        return graph.find(subject == null ? Node.ANY : subject, NodeFactory.createURI(predicate), Node.ANY).mapWith(Triple::getObject).toList();
    }
}
