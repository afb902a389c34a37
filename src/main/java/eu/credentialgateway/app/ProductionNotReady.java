package eu.credentialgateway.app;

import java.util.List;

/** The {@code prod} profile found settings fit only for a try-out; {@link #problems()} names each. */
public class ProductionNotReady extends IllegalStateException {
    private final List<String> problems;

    ProductionNotReady(List<String> problems) {
        super("the prod profile refuses to start with " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
