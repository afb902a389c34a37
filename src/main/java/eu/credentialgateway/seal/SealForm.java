package eu.credentialgateway.seal;

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
}
