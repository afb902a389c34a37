package eu.credentialgateway.check;

import eu.credentialgateway.Finding;
import java.util.List;

/** One format's check: the original bytes in, the normalised document the mapping reads out, or why not. */
public interface FormatCheck {
    /**
     * @param body the original document
     * @param uuid the credential id's uuid, the root of every {@code gw-id}
     * @param row  the row number of a CSV row sent alone (header {@code GatewayRow}), else null
     */
    Result check(byte[] body, String uuid, Long row);

    /**
     * The normalised document when there are no findings; notes are warnings that do not reject. {@code language} is
     * the document's declared language (a BCP 47 tag, {@code und} when it declares none), or null when this check does
     * not read declarations (the map stage then keeps its default).
     */
    record Result(byte[] normalised, List<Finding> findings, List<Finding> notes, String language) {
        public Result(byte[] normalised, List<Finding> findings, List<Finding> notes) {
            this(normalised, findings, notes, null);
        }

        public static Result failed(Finding finding) {
            return new Result(null, List.of(finding), List.of());
        }

        public static Result of(byte[] normalised, List<Finding> findings) {
            return new Result(findings.isEmpty() ? normalised : null, eu.credentialgateway.Findings.capped(findings), List.of());
        }
    }
}
