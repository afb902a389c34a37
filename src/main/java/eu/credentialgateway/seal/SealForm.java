package eu.credentialgateway.seal;

/**
 * One way of sealing a serialised credential, chosen by its output profile (the seam where further
 * forms, such as a JWT for EBSI, plug in: a Spring bean or an entry in {@link SealStage}'s table).
 */
interface SealForm {
    /** The output profile this form serves, e.g. {@code edc-jades}. */
    String profile();

    /** The media type of what {@link #seal} returns. */
    String mediaType();

    /** The sealed form of {@code credential} (the serialise stage's text). Any exception means the seal failed. */
    String seal(String credential) throws Exception;
}
