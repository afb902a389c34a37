package eu.credentialgateway.seal;

import java.time.Instant;

/**
 * One way of sealing a serialised credential, chosen by its output profile: the seam where further
 * forms (a JWT for EBSI, an Open Badges 3.0 proof) plug in, as one more entry in {@link SealStage}'s
 * table of forms, made with the same {@link SealingKey}.
 */
interface SealForm {
    /** The output profile this form serves, e.g. {@code edc-jades}. */
    String profile();

    /** The media type of what {@link #seal} returns. */
    String mediaType();

    /** The sealed form of {@code credential} (the serialise stage's text). Any exception means the seal failed. */
    String seal(String credential) throws Exception;

    /** The sealed form and the signing time written into it (null for a form that is not sealed). */
    default Sealed sealWithTime(String credential) throws Exception {
        return new Sealed(seal(credential), null);
    }

    /** What the seal is, for the receipt ({@code JAdES-BASELINE-B}, {@code JWS-compact}); null for a form that is not sealed. */
    default String signatureFormat() {
        return null;
    }

    /** A sealed credential and its signing time. */
    record Sealed(String text, Instant signingTime) {
        @Override
        public String toString() {
            return "Sealed[" + text.length() + " chars, " + signingTime + "]";
        }
    }
}
