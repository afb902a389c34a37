package eu.credentialgateway;

import java.util.List;

/**
 * The check of one seal (signature), as its form's validator (EU DSS for JAdES) reported it.
 *
 * @param intact          the signature value verifies with the signer's certificate and the sealed content is unchanged
 * @param indication      the validator's overall indication (ETSI EN 319 102-1: TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED)
 * @param subIndication   why, when not TOTAL_PASSED (e.g. NO_CERTIFICATE_CHAIN_FOUND for an untrusted signer, HASH_FAILURE for changed content)
 * @param signatureFormat the format and level found, e.g. JAdES-BASELINE-B, JAdES-BASELINE-T
 * @param signedBy        the subject of the signer's certificate (RFC 2253)
 * @param signingTime     the claimed signing time (ISO 8601), or null
 * @param timestamps      how many timestamps (content, signature) the seal carries
 * @param trusted         the signer's certificate chains to a trusted certificate
 * @param trust           the trust finding in words (which anchors were used, or that none is configured)
 * @param claimedRoles    roles the signer claims in the seal (the gateway's demo seals claim a DEMO role)
 * @param errors          the validator's errors, as its messages
 * @param warnings        the validator's warnings
 */
public record SealCheck(boolean intact, String indication, String subIndication, String signatureFormat,
                        String signedBy, String signingTime, int timestamps, boolean trusted, String trust,
                        List<String> claimedRoles, List<String> errors, List<String> warnings) {
    public SealCheck {
        claimedRoles = List.copyOf(claimedRoles);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
