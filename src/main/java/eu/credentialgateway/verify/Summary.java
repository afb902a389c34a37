package eu.credentialgateway.verify;

import eu.credentialgateway.SealCheck;
import eu.credentialgateway.verify.VerificationReport.ContentReport;
import eu.credentialgateway.verify.VerificationReport.ExpiryReport;
import eu.credentialgateway.verify.VerificationReport.SealReport;
import java.util.ArrayList;
import java.util.List;

/** The verdict of a verification in one sentence, for people (the report's {@code summary}). */
final class Summary {
    private Summary() {
    }

    static String of(SealReport seal, boolean trusted, ContentReport content, ExpiryReport expiry) {
        List<String> parts = new ArrayList<>();
        if (seal.signatures().isEmpty()) {
            parts.add("no seal found");
        } else if (seal.valid()) {
            SealCheck first = seal.signatures().get(0);
            parts.add("seal intact (" + first.signatureFormat() + ", signed by " + first.signedBy() + ")");
            parts.add(trusted ? "signer trusted" : "signer NOT trusted (" + first.trust() + ")");
        } else {
            SealCheck broken = seal.signatures().stream().filter(s -> !s.intact()).findFirst().orElseThrow();
            parts.add("seal BROKEN (" + broken.indication() + (broken.subIndication() == null ? "" : "/" + broken.subIndication())
                    + "): the content was changed after sealing or the signature does not verify");
        }
        if (!content.checked()) {
            parts.add("content not checked");
        } else {
            parts.add(content.valid() ? "content conforms to " + content.against()
                    : "content does NOT conform (" + content.findings().size() + " finding(s))");
        }
        if (expiry.expirationDate() == null) {
            parts.add("no expiry date");
        } else {
            parts.add(expiry.expired() ? "EXPIRED or unreadable expiry " + expiry.expirationDate() : "valid until " + expiry.expirationDate());
        }
        return String.join("; ", parts);
    }
}
