package eu.credentialgateway.conformance;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.align.AlignProperties;
import eu.credentialgateway.align.AlignStage;
import eu.credentialgateway.align.EscoFixture;
import eu.credentialgateway.align.ReviewedPhrases;
import eu.credentialgateway.align.VocabularyTables;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.CheckStage;
import eu.credentialgateway.map.IssuerProperties;
import eu.credentialgateway.map.MapStage;
import eu.credentialgateway.serialise.SerialiseProperties;
import eu.credentialgateway.serialise.SerialiseStage;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.SanityStage;
import eu.credentialgateway.validate.ValidateStage;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;

/**
 * The gateway's real conversion stages (check, map, align with ESCO, validate, serialise) on their shipped
 * files, without Spring, disk output or database (so no review decisions): what a credential is made of, for
 * conformance tests.
 */
final class GatewayStages {

    private final CamelContext camel = new DefaultCamelContext();
    private final CheckStage check = new CheckStage(CheckProperties.defaults(), ElmoPipeline.ADAPTERS);
    private final MapStage map = new MapStage(ElmoPipeline.ADAPTERS, IssuerProperties.demo(), ElmoPipeline.CLOCK);
    private final AlignStage align = align();
    private final SanityStage sanity = new SanityStage();
    private final ValidateStage validate = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".");
    private final SerialiseStage serialise;

    GatewayStages() {
        try {
            serialise = new SerialiseStage(new SerialiseProperties(Path.of("ontologies/context"), false));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the shipped contexts cannot be read", e);
        }
    }

    /** The real align stage: shipped tables and ESCO, no review decisions. */
    static AlignStage align() {
        return new AlignStage(tables(), EscoFixture.ESCO, ReviewedPhrases.NONE);
    }

    private static VocabularyTables tables() {
        try {
            return VocabularyTables.load(new AlignProperties(null).vocabDirUnder("."));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the shipped concept tables cannot be read", e);
        }
    }

    /** The validated credential graph (before serialisation) and its JSON-LD text. */
    record Converted(Graph graph, String json) {
    }

    Converted convert(byte[] input) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(input);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "elmo");
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, ElmoPipeline.CREDENTIAL_ID);
        exchange.setProperty(GatewayHeaders.ORIGINAL, input);
        check.process(exchange);
        map.process(exchange);
        return finish(exchange);
    }

    /** Align, validate and serialise a mapped graph (as the map stage or {@link AdapterPipeline} made it). */
    Converted finish(Graph mapped) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(mapped);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, ElmoPipeline.CREDENTIAL_ID);
        return finish(exchange);
    }

    private Converted finish(Exchange exchange) throws Exception {
        align.process(exchange);
        sanity.process(exchange);
        validate.process(exchange);
        Graph graph = exchange.getMessage().getBody(Graph.class);
        serialise.process(exchange);
        return new Converted(graph, exchange.getMessage().getBody(String.class));
    }
}
