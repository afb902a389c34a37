package eu.credentialgateway.verify;

import eu.credentialgateway.OpenedCredential;

/**
 * A check of sealed content that is not EDC JSON-LD (a Spring bean): the verifier hands it the credential of every
 * opened seal whose content profile it {@link #checks}, e.g. the EBSI VCDM 2.0 and Open Badges 3.0 forms against
 * their JSON Schemas (package profile).
 */
public interface ContentCheck {
    /** Whether this check knows the content profile {@code contentProfile} (an {@link OpenedCredential#contentProfile()}). */
    boolean checks(String contentProfile);

    /** The check of {@code credential} (JSON text) as content of {@code contentProfile}; findings name keys, never values. */
    VerificationReport.ContentReport check(String contentProfile, String credential);
}
