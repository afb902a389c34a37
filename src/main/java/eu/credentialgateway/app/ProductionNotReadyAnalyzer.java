package eu.credentialgateway.app;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints {@link ProductionNotReady} as Spring Boot's "APPLICATION FAILED TO START" report, one problem a line. */
public class ProductionNotReadyAnalyzer extends AbstractFailureAnalyzer<ProductionNotReady> {
    @Override
    protected FailureAnalysis analyze(Throwable root, ProductionNotReady cause) {
        StringBuilder description = new StringBuilder("The prod profile refuses to start with:");
        cause.problems().forEach(p -> description.append(System.lineSeparator()).append(" - ").append(p));
        return new FailureAnalysis(description.toString(), "Set what each line names (docs/access.md, Production), or start"
                + " without --spring.profiles.active=prod to try the gateway on its embedded defaults.", cause);
    }
}
