package eu.credentialgateway.record;

import eu.credentialgateway.KebabNames;

/** What became of one input, as the audit trail stores it. */
public enum Outcome {
    /** Accepted by ingest; not finished yet (or the process stopped on the way). */
    RECEIVED,
    /** Became a credential and was delivered. */
    CONVERTED,
    /** Rejected; the original and the reasons are in the quarantine. */
    QUARANTINED,
    /** The same content was converted before; nothing new was made. */
    DUPLICATE,
    /**
     * Still {@code received} long after it arrived ({@code gateway.retention.interrupted-after}): the gateway stopped
     * on the way (a crash, a kill). An inbox file is converted again from the inbox under a new input id; an HTTP
     * caller got no answer and may send it again. A late finish still overwrites it.
     */
    INTERRUPTED;

    /** The lowercase name used in routes ({@code outcome=converted}) and in the database. */
    public String id() {
        return KebabNames.of(this);
    }

    /** The outcome named {@code id} (case-insensitive). */
    public static Outcome fromId(String id) {
        return KebabNames.parse(Outcome.class, "outcome", id);
    }
}
