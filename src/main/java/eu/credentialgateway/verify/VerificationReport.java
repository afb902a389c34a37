package eu.credentialgateway.verify;

import eu.credentialgateway.Finding;
import eu.credentialgateway.SealCheck;
import java.util.List;

/**
 * What the verifier found about one sealed credential ({@code POST /api/v1/verifications}, the
 * {@code verify} command). Validity and trust are separate answers: {@code valid} says the seal is
 * intact, the content conforms and the credential has not expired; {@code trusted} says whether the
 * signer's certificate chains to a trusted certificate (by default none is configured, so it is false).
 *
 * @param form         the sealed form found, e.g. {@code edc-jades}
 * @param valid        seal intact, content conforms (when checked), not expired
 * @param trusted      every seal's signer chains to a trusted certificate
 * @param summary      the verdict in one sentence
 * @param credentialId the credential's {@code id}, when it has one
 * @param seal         the seal check
 * @param content      the content check
 * @param expiry       the expiry check
 */
public record VerificationReport(String form, boolean valid, boolean trusted, String summary, String credentialId,
                                 SealReport seal, ContentReport content, ExpiryReport expiry) {

    /**
     * @param valid      at least one seal, and every seal intact
     * @param signatures one check per seal
     */
    public record SealReport(boolean valid, List<SealCheck> signatures) {
        public SealReport {
            signatures = List.copyOf(signatures);
        }

        static SealReport of(List<SealCheck> signatures) {
            return new SealReport(!signatures.isEmpty() && signatures.stream().allMatch(SealCheck::intact), signatures);
        }
    }

    /**
     * @param profile   what the content was checked against, e.g. {@code edc}
     * @param checked   whether it could be checked
     * @param valid     it conforms (false when not checked)
     * @param against   the shapes used
     * @param findings  every finding (SHACL results name the field, never its value)
     */
    public record ContentReport(String profile, boolean checked, boolean valid, String against, List<ReportedFinding> findings) {
        public ContentReport {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param expirationDate the credential's {@code expirationDate} (VC 1.1) or {@code validUntil} (VC 2.0), or null
     * @param expired        that date has passed
     */
    public record ExpiryReport(String expirationDate, boolean expired) {
    }

    /** A finding as JSON shows it: stage id in lower case. */
    public record ReportedFinding(String stage, String code, String message, String location) {
        static ReportedFinding of(Finding finding) {
            return new ReportedFinding(finding.stage().id(), finding.code(), finding.message(), finding.location());
        }
    }
}
