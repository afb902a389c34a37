package eu.credentialgateway.align;

/** What the ESCO skills file says about a skill URI found in an input. */
public enum EscoUriStatus {
    /** A released ESCO v1.1.1 skill. */
    KNOWN,
    /** Listed, but not released in v1.1.1 (an older ESCO version's skill, or another status). */
    OBSOLETE,
    /** Not an ESCO skill URI the file lists. */
    UNKNOWN;

    /** Lower-case name, as in findings and JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
