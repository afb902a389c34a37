package eu.credentialgateway.map;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.align.AlignProperties;
import eu.credentialgateway.align.AlignStage;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.CheckStage;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/**
 * {@code gateway.map.embed-original.<format>}: by default the evidence embeds the original document; set false for a
 * format, it embeds only the original's SHA-256, the original's bytes appear nowhere in the credential, and the
 * credential still passes the gateway's shapes (own converted profile included). Other formats keep embedding.
 */
class EmbedOriginalTest {
    static final String ELMO = "test-data/elmo/grades-with-scheme/input.xml";
    static final Node CONTENT = NodeFactory.createURI(Elm.ELM + "content");
    static final Node EMBEDDED = NodeFactory.createURI(Elm.ELM + "embeddedEvidence");
    static final AdapterCatalog ADAPTERS = AdapterCatalog.of(Path.of("."));
    static final AlignStage ALIGN = new AlignStage(new AlignProperties(null), ".");
    static final ValidateStage VALIDATE = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".");

    @Test
    void byDefaultTheEvidenceEmbedsTheOriginalDocument() throws Exception {
        byte[] original = Files.readAllBytes(Path.of(ELMO));

        Graph credential = convert(original, MapProperties.defaults());

        assertThat(embeddedContents(credential)).containsExactly(Base64.getEncoder().encodeToString(original));
    }

    @Test
    void offForAFormatTheEvidenceEmbedsOnlyTheDigestAndTheCredentialStillValidates() throws Exception {
        byte[] original = Files.readAllBytes(Path.of(ELMO));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));

        Graph credential = convert(original, new MapProperties(Map.of("ELMO", false)));

        List<String> embedded = embeddedContents(credential);
        assertThat(embedded).hasSize(1);
        assertThat(new String(Base64.getDecoder().decode(embedded.get(0)), StandardCharsets.US_ASCII)).isEqualTo("sha-256:" + sha256 + "\n");
        String originalBase64 = Base64.getEncoder().encodeToString(original);
        credential.find().forEachRemaining(t -> assertThat(t.getObject().toString()).doesNotContain(originalBase64.substring(0, 64)));
    }

    @Test
    void offForAnotherFormatChangesNothingHere() throws Exception {
        byte[] original = Files.readAllBytes(Path.of(ELMO));

        Graph credential = convert(original, new MapProperties(Map.of("openbadges-v3", false)));

        assertThat(embeddedContents(credential)).containsExactly(Base64.getEncoder().encodeToString(original));
    }

    /** check, map, align (country codes), validate: a credential that failed the shapes would throw. */
    private static Graph convert(byte[] original, MapProperties settings) throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(original);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "elmo");
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:3f2c1a5e-0000-4000-8000-00000000e1e1");
        exchange.setProperty(GatewayHeaders.ORIGINAL, original);
        new CheckStage(CheckProperties.defaults(), ADAPTERS).process(exchange);
        new MapStage(ADAPTERS, IssuerProperties.demo(), Clock.systemUTC(), settings).process(exchange);
        ALIGN.process(exchange);
        VALIDATE.process(exchange);
        return exchange.getMessage().getBody(Graph.class);
    }

    /** The content of every MediaObject the evidence embeds. */
    private static List<String> embeddedContents(Graph credential) {
        return credential.find(Node.ANY, EMBEDDED, Node.ANY).toList().stream()
                .flatMap(t -> credential.find(t.getObject(), CONTENT, Node.ANY).toList().stream())
                .map(Triple::getObject).map(Node::getLiteralLexicalForm).toList();
    }
}
