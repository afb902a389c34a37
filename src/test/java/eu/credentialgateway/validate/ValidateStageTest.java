package eu.credentialgateway.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidateStageTest {
    static final Path HOME = Path.of(System.getProperty("user.dir"));
    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    static final Node ISSUER = NodeFactory.createURI("https://www.w3.org/2018/credentials#issuer");

    private static ValidateStage stage;
    private static CamelContext camel;

    @BeforeAll
    static void start() {
        stage = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), HOME.toString());
        camel = new DefaultCamelContext();
    }

    @AfterAll
    static void stop() throws Exception {
        camel.close();
    }

    static Graph minimalCredential() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(HOME.resolve("test-data/validate/minimal-converted.ttl")).parse(graph);
        return graph;
    }

    @Test
    void loadsEveryShapesFileOnce() {
        assertThat(stage.catalog().files()).extracting(p -> p.getFileName().toString())
                .containsExactly("edc-claims.ttl", "edc-converted.ttl", "edc-credential.ttl", "edc-nodes.ttl",
                        "edc-vocabularies.ttl");
    }

    @Test
    void passesAConformingGraphOnUnchanged() throws Exception {
        Graph credential = minimalCredential();
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(credential);

        stage.process(exchange);

        assertThat(exchange.getMessage().getBody()).isSameAs(credential);
    }

    @Test
    void rejectsWithOneFindingPerResultAndNeverQuotesTheValue() {
        Graph credential = minimalCredential();
        Node achievement = NodeFactory.createURI("urn:test:node/achievement");
        credential.find(achievement, TITLE, Node.ANY).toList().forEach(credential::delete);
        credential.add(achievement, TITLE, NodeFactory.createLiteralString("Secret Learner Title"));
        credential.find(Node.ANY, ISSUER, Node.ANY).toList().forEach(credential::delete);
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(credential);

        assertThatThrownBy(() -> stage.process(exchange))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.INVALID);
                    assertThat(e.stage()).isEqualTo(Stage.VALIDATE);
                    assertThat(e.findings()).extracting(Finding::code, Finding::location).contains(
                            org.assertj.core.groups.Tuple.tuple("DatatypeConstraintComponent", "urn:test:node/achievement dc:title"),
                            org.assertj.core.groups.Tuple.tuple("MinCountConstraintComponent",
                                    "urn:uuid:00000000-0000-4000-8000-000000000001 cred:issuer"));
                    assertThat(e.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank()
                            .doesNotContain("Secret"));
                    assertThat(e.getMessage()).doesNotContain("Secret");
                });
    }

    @Test
    void rejectsABodyThatIsNoGraph() {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody("{}");

        assertThatThrownBy(() -> stage.process(exchange))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.findings().get(0).code()).isEqualTo("not-a-graph"));
    }

    @Test
    void skipsConfiguredShapesFiles() {
        ValidateStage generic = new ValidateStage(
                new ValidateProperties(Path.of("ontologies/shapes"), List.of("edc-converted.ttl")), HOME.toString());
        Graph credential = minimalCredential();
        credential.find(Node.ANY, NodeFactory.createURI("https://www.w3.org/2018/credentials#evidence"), Node.ANY)
                .toList().forEach(credential::delete);

        assertThat(generic.check(credential)).isEmpty();
        assertThat(stage.check(credential)).extracting(Finding::location)
                .anySatisfy(l -> assertThat(l).endsWith("cred:evidence"));
    }
}
