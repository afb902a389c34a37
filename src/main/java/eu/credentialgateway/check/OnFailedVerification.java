package eu.credentialgateway.check;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * What an incoming signature that does not verify does ({@code gateway.check.on-failed-verification}): an XAdES
 * seal ({@code seal-invalid}), an Open Badges 2.0 JWS ({@code signature-invalid}) or a Data Integrity proof
 * ({@code proof-invalid}). Issue 6: a failed verification quarantines the input unless configured to continue.
 */
public enum OnFailedVerification {
    /** The input is quarantined (422) with the failures: content changed after signing is not re-issued. */
    QUARANTINE,
    /** The failures become notes on the receipt and the conversion goes on. */
    CONTINUE;

    /** Applies the policy to {@code failures} (no-op when empty): throws, or adds them as notes. */
    public void apply(Exchange exchange, List<Finding> failures) {
        if (failures.isEmpty()) {
            return;
        }
        if (this == QUARANTINE) {
            throw new GatewayException(Rejection.INVALID, failures);
        }
        Notes.add(exchange, failures.stream().map(f -> new Finding(f.stage(), f.code(), f.message()
                + " (gateway.check.on-failed-verification=continue: converted anyway)", f.location())).toList());
    }
}
