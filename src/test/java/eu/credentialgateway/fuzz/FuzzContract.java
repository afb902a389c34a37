package eu.credentialgateway.fuzz;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Findings;
import eu.credentialgateway.GatewayException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contract every fuzz target asserts: for any bytes a step answers normally or refuses with the gateway's own
 * refusal, a {@link GatewayException} (or findings) carrying specific codes. What it must never do - throw another
 * exception or an Error (StackOverflowError, OutOfMemoryError), or hang - Jazzer reports by itself: an uncaught
 * throwable is a finding, and the targets' {@code @Timeout} becomes libFuzzer's per-input timeout.
 */
public final class FuzzContract {
    /** Codes that say "something unexpected happened": a stage's catch-all, never a specific refusal. */
    public static final Set<String> CATCH_ALL = Set.of("check-failed", "internal-error");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private FuzzContract() {
    }

    /** Each finding has a specific code (kebab-case, not a catch-all), and there are at most the cap plus one. */
    public static void specificFindings(Collection<Finding> findings) {
        specificFindings(findings, null);
    }

    private static void specificFindings(Collection<Finding> findings, Throwable refusal) {
        if (findings.size() > Findings.limit() + 1) {
            throw new AssertionError(findings.size() + " findings: more than the cap " + Findings.limit() + " + 1", refusal);
        }
        for (Finding finding : findings) {
            if (!CODE.matcher(finding.code()).matches() || CATCH_ALL.contains(finding.code())) {
                throw new AssertionError("not a specific refusal code: " + finding.code() + " (" + finding.message() + ")", refusal);
            }
        }
    }

    /** A refusal: at least one finding, every one specific, answered with a 4xx. */
    public static void specificRefusal(GatewayException refusal) {
        List<Finding> findings = refusal.findings();
        if (findings.isEmpty()) {
            throw new AssertionError("a refusal without findings", refusal);
        }
        int status = refusal.rejection().httpStatus();
        if (status < 400 || status > 499) {
            throw new AssertionError("a refusal answered " + status, refusal);
        }
        specificFindings(findings, refusal);
    }
}
