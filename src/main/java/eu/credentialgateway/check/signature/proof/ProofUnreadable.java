package eu.credentialgateway.check.signature.proof;

/** The document holding a proof is no JSON-LD the processor reads (or is too costly to canonicalise). */
public final class ProofUnreadable extends Exception {
    private final String location;

    ProofUnreadable(String message, String location) {
        super(message, null, false, false);
        this.location = location;
    }

    /** JSON path of the proof being checked. */
    public String location() {
        return location;
    }
}
