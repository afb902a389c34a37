package eu.credentialgateway.validate;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.time.Clock;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.jena.graph.Graph;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:sanity}, right before {@code gateway:validate} (routes/pipeline.yaml): refuses a credential graph
 * that holds implausible values, whatever format it came from ({@link PlausibleValues}: credits, dates, grades,
 * binary content, text). Body: a Jena {@link Graph} in, the same out; {@link GatewayException} (422) otherwise, stage
 * {@code validate}.
 */
@Component("sanityStage")
public class SanityStage implements Processor {
    private final PlausibleValues values;

    public SanityStage() {
        this(Clock.systemUTC());
    }

    /** A stage whose "this year" is the clock's. */
    public SanityStage(Clock clock) {
        this.values = new PlausibleValues(clock);
    }

    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof Graph credential)) {
            throw new GatewayException(new Finding(Stage.VALIDATE, "not-a-graph",
                    "the sanity step needs the credential as an RDF graph, got "
                            + (body == null ? "no body" : body.getClass().getSimpleName()), ""));
        }
        List<Finding> findings = values.check(credential);
        if (!findings.isEmpty()) {
            throw new GatewayException(Rejection.INVALID, findings);
        }
    }
}
