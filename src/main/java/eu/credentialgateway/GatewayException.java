package eu.credentialgateway;

import java.util.List;

/**
 * An input that cannot become a credential: carries every finding (up to {@link Findings#limit()}, then a count), so that the caller, the
 * quarantine and the audit trail all see the same reasons. Stages throw it; nobody logs and swallows it.
 */
public class GatewayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Rejection rejection;
    private final transient List<Finding> findings;

    public GatewayException(Rejection rejection, List<Finding> findings) {
        this(rejection, Findings.capped(findings), true);
    }

    /** {@code capped}: the findings are already within {@link Findings#limit()}. */
    private GatewayException(Rejection rejection, List<Finding> capped, boolean ignored) {
        super(summary(capped));
        if (capped.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one finding");
        }
        this.rejection = rejection;
        this.findings = capped;
    }

    public GatewayException(Finding finding) {
        this(Rejection.INVALID, List.of(finding));
    }

    public Rejection rejection() {
        return rejection;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The stage that rejected the input: the first finding's. */
    public Stage stage() {
        return findings.get(0).stage();
    }

    private static String summary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        Finding first = findings.get(0);
        String more = findings.size() > 1 ? " (+" + (findings.size() - 1) + " more)" : "";
        return first.stage().id() + "/" + first.code() + " at " + first.location() + ": " + first.message() + more;
    }
}
