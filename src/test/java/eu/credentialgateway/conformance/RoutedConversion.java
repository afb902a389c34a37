package eu.credentialgateway.conformance;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Step;
import eu.credentialgateway.StepTrail;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.model.ToDefinition;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Converts a document the way the gateway does: through {@code direct:conversion} of routes/pipeline.yaml with the
 * context's own stages (prepare route, trust policy, check, map, align, sanity, validate, serialise, profile, seal,
 * deliver, record), as an HTTP submission would. What conformance tests look at between steps (the validated graph,
 * the EDC JSON-LD) is kept by an {@link InterceptStrategy} after those steps, for exchanges sent from here only.
 */
public final class RoutedConversion {
    /** The steps whose output is kept, as {@code gateway:<step>} names them. */
    static final Set<String> KEPT = Set.of("map", "validate", "serialise", "profile");
    private static final String KEEP = "RoutedConversionKeep";
    private static final String AFTER = "RoutedConversionAfter.";

    private final ProducerTemplate template;

    RoutedConversion(CamelContext camel) {
        this.template = camel.createProducerTemplate();
    }

    /**
     * What the route made: the graph as validated (after align and sanity), its JSON-LD (serialise's output), the form
     * of the output profile before its seal and its Content-Type, and the final answer (body and Content-Type as an HTTP caller gets them).
     */
    public record Converted(Graph graph, String json, String form, String formType, String body, String contentType, Exchange exchange) {
        /** The notes {@code gateway:<step>} left, as the input's receipt lists them under that step. */
        public List<Finding> notesOf(Step step) {
            List<Finding> notes = Notes.of(exchange);
            return StepTrail.of(exchange).stream().filter(s -> s.step().equals(step))
                    .flatMap(s -> notes.subList(s.notesBefore(), s.notesAfter()).stream()).toList();
        }
    }

    /** Converts in the configured output profile; a refusal surfaces as the GatewayException the route caught. */
    public Converted convert(String format, byte[] input) throws Exception {
        return convert(format, input, null);
    }

    /** Converts in the output {@code profile} (its id, e.g. {@code ebsi-jwt}; null: the configured one). */
    public Converted convert(String format, byte[] input, String profile) throws Exception {
        Exchange exchange = new DefaultExchange(template.getCamelContext());
        exchange.getMessage().setBody(new ByteArrayInputStream(input));
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "http");
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        if (profile != null) {
            exchange.getMessage().setHeader(GatewayHeaders.PROFILE, profile);
        }
        exchange.setProperty(KEEP, true);
        Exchange done = template.send("direct:conversion", exchange);
        Exception failure = done.getException() != null ? done.getException() : done.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure != null) {
            throw failure;
        }
        for (String step : KEPT) {
            if (done.getProperty(AFTER + step) == null) {
                throw new AssertionError("the conversion ended without passing gateway:" + step + " (routes/pipeline.yaml changed?)");
            }
        }
        return new Converted(done.getProperty(AFTER + "validate", Graph.class), done.getProperty(AFTER + "serialise", String.class),
                done.getProperty(AFTER + "profile", String.class), done.getProperty(AFTER + "profile.type", String.class),
                done.getMessage().getBody(String.class),
                done.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class), done);
    }

    /** Registers the fixture and the strategy that keeps the steps' outputs (Camel adds InterceptStrategy beans at start). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {
        @Bean
        RoutedConversion routedConversion(CamelContext camel) {
            return new RoutedConversion(camel);
        }

        @Bean
        InterceptStrategy keepStepOutputs() {
            return RoutedConversion::keepingOutput;
        }
    }

    private static Processor keepingOutput(CamelContext context, NamedNode definition, Processor target, Processor next) {
        if (!(definition instanceof ToDefinition to) || !to.getUri().startsWith("gateway:")) {
            return target;
        }
        String step = to.getUri().substring("gateway:".length()).replaceFirst("\\?.*", "");
        if (!KEPT.contains(step)) {
            return target;
        }
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                return processor.process(exchange, doneSync -> {
                    if (exchange.getProperty(KEEP) != null && exchange.getException() == null) {
                        Object body = exchange.getMessage().getBody();
                        // a copy: later steps (align) change the graph in place
                        exchange.setProperty(AFTER + step, body instanceof Graph graph ? copy(graph) : exchange.getMessage().getBody(String.class));
                        exchange.setProperty(AFTER + step + ".type", exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class));
                    }
                    callback.done(doneSync);
                });
            }
        };
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }
}
