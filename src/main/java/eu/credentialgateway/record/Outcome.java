package eu.credentialgateway.record;

import java.util.Locale;

/** What became of one input, as the audit trail stores it. */
public enum Outcome {
    /** Accepted by ingest; not finished yet (or the process stopped on the way). */
    RECEIVED,
    /** Became a credential and was delivered. */
    CONVERTED,
    /** Rejected; the original and the reasons are in the quarantine. */
    QUARANTINED,
    /** The same content was converted before; nothing new was made. */
    DUPLICATE;

    /** The lowercase name used in routes ({@code outcome=converted}) and in the database. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome named {@code id} (case-insensitive). */
    public static Outcome fromId(String id) {
        for (Outcome outcome : values()) {
            if (outcome.id().equalsIgnoreCase(id.trim())) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + id + "': expected received, converted, quarantined or duplicate");
    }
}
