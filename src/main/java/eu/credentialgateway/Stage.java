package eu.credentialgateway;

/** The pipeline's stages, in the order an input passes through them. */
public enum Stage {
    INGEST, CHECK, MAP, ALIGN, VALIDATE, SERIALISE, SEAL, DELIVER, RECORD;

    /** The name used in URIs, JSON reasons and the audit trail. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
