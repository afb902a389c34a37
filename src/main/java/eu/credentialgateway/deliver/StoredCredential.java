package eu.credentialgateway.deliver;

import java.util.Objects;
import java.util.UUID;

/**
 * A finished credential as the outbox keeps it until every target has it.
 *
 * @param body the credential as the pipeline made it (JSON-LD, or the sealed JSON)
 * @param jwt       its EBSI JWT form when the seal stage made one, else null
 * @param mediaType the media type of {@code body} (its form: {@code application/jose+json}, {@code application/vc+jwt}, ...), or null
 */
record StoredCredential(String credentialId, UUID inputId, String format, UUID batchId, String body, String jwt, String mediaType) {
    StoredCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(body, "body");
    }

    /** A credential whose form is not known (read as JSON-LD by the outbox). */
    StoredCredential(String credentialId, UUID inputId, String format, UUID batchId, String body, String jwt) {
        this(credentialId, inputId, format, batchId, body, jwt, null);
    }

    /** Identifiers only: the body is a learner's credential and stays out of logs. */
    @Override
    public String toString() {
        return "StoredCredential[credentialId=" + credentialId + ", inputId=" + inputId + ", format=" + format
                + ", batchId=" + batchId + ", body=" + body.length() + " chars, jwt=" + (jwt != null) + ", mediaType=" + mediaType + "]";
    }
}
