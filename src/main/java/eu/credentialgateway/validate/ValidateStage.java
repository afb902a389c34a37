package eu.credentialgateway.validate;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The validate stage: checks the credential graph against the gateway's ELM-profile SHACL shapes
 * ({@code ontologies/shapes/*.ttl}, parsed once at start) and passes the same graph on, or rejects it
 * with one finding per SHACL result.
 */
@Component("validateStage")
public class ValidateStage implements Processor {
    private final ShapesCatalog catalog;

    public ValidateStage(ValidateProperties properties, @Value("${gateway.home:.}") String gatewayHome) {
        // a String, not a Path: Spring's PathEditor would resolve "." against the servlet docbase
        this.catalog = ShapesCatalog.fromFolder(Path.of(gatewayHome).resolve(properties.shapes()), properties.skip());
    }

    /** Body: a Jena {@link Graph} in, the same Graph out; throws {@link GatewayException} (INVALID) when it does not conform. */
    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof Graph credential)) {
            throw new GatewayException(new Finding(Stage.VALIDATE, "not-a-graph",
                    "the validate stage needs the credential as an RDF graph, got "
                            + (body == null ? "no body" : body.getClass().getSimpleName()), ""));
        }
        List<Finding> findings = check(credential);
        if (!findings.isEmpty()) {
            throw new GatewayException(Rejection.INVALID, findings);
        }
    }

    /** Every SHACL finding on this graph; empty when it conforms (the verifier checks a sealed credential's content with it). */
    public List<Finding> check(Graph credential) {
        ValidationReport report;
        try {
            report = ShaclValidator.get().validate(catalog.shapes(), credential);
        } catch (RuntimeException e) {
            throw new GatewayException(new Finding(Stage.VALIDATE, "shacl-engine-failed",
                    "SHACL validation could not run: " + e.getClass().getSimpleName(), ""));
        }
        return report.conforms() ? List.of() : ShaclFindings.from(report);
    }

    ShapesCatalog catalog() {
        return catalog;
    }
}
