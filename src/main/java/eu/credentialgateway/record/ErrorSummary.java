package eu.credentialgateway.record;

import eu.credentialgateway.Finding;
import java.util.List;

/**
 * Writes a list of findings as one bounded line for the audit trail: {@code stage/code at location: message}
 * joined by {@code "; "}. Each part is cut to its own bound, and the whole to the configured length, so a
 * long finding (or thousands of them) cannot fill the row.
 */
final class ErrorSummary {
    static final int MAX_MESSAGE = 300;
    static final int MAX_LOCATION = 300;
    static final int MAX_CODE = 128;

    private ErrorSummary() {
    }

    static String of(List<Finding> findings, int limit) {
        if (findings.isEmpty()) {
            return null;
        }
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < findings.size(); i++) {
            String part = describe(findings.get(i));
            String separator = i == 0 ? "" : "; ";
            int left = findings.size() - i;
            String more = " ... (+" + left + " more)";
            if (summary.length() + separator.length() + part.length() > limit - (left > 1 ? more.length() : 0)) {
                if (summary.length() == 0) {
                    return clip(part, limit);
                }
                return clip(summary + more, limit);
            }
            summary.append(separator).append(part);
        }
        return summary.toString();
    }

    private static String describe(Finding finding) {
        String location = finding.location().isEmpty() ? "" : " at " + clip(finding.location(), MAX_LOCATION);
        return finding.stage().id() + "/" + clip(finding.code(), MAX_CODE) + location + ": "
                + clip(finding.message(), MAX_MESSAGE);
    }

    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 3) + "...";
    }
}
