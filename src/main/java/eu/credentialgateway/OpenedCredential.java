package eu.credentialgateway;

import java.util.List;

/**
 * What a {@link CredentialForm} found: the check of every seal the document carries, and the credential
 * they cover.
 *
 * @param seals          one check per seal (signature), in document order; empty when the document carries none
 * @param credential     the sealed content (the credential's JSON text)
 * @param contentProfile which shapes the content is checked against: {@link #EDC} (ELM JSON-LD), or another a later form names
 */
public record OpenedCredential(List<SealCheck> seals, String credential, String contentProfile) {
    /** Content profile: EDC JSON-LD, checked against the gateway's ELM-profile shapes. */
    public static final String EDC = "edc";

    public OpenedCredential {
        seals = List.copyOf(seals);
    }
}
