package eu.credentialgateway.align;

import org.apache.jena.graph.Triple;

/** Hears what {@link GraphAligner} did with each statement naming a code: aligned to a concept, or dropped. */
interface CodeDecisions {
    CodeDecisions NONE = (statement, concept, unknownCode) -> { };

    /**
     * @param statement   the statement as the map stage wrote it (its object a placeholder or an aligned-scheme IRI)
     * @param concept     the concept it now names, or null when dropped
     * @param unknownCode the finding code when dropped ({@code unknown-eqf-code}, ...), else null
     */
    void decided(Triple statement, Concept concept, String unknownCode);
}
