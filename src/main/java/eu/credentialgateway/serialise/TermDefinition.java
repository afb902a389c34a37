package eu.credentialgateway.serialise;

/**
 * One term of a JSON-LD context, reduced to what compaction needs: the IRI it stands for, the value
 * coercion ({@code @id}, {@code @vocab}, a datatype IRI, or null) and the container ({@code @language},
 * {@code @set}, or null).
 */
record TermDefinition(String term, String iri, String coercion, String container) {
    static final String ID = "@id";
    static final String VOCAB = "@vocab";
    static final String LANGUAGE = "@language";

    boolean coercesToIri() {
        return ID.equals(coercion) || VOCAB.equals(coercion);
    }

    boolean isLanguageMap() {
        return LANGUAGE.equals(container);
    }

    /** Containers the writer can fill with plain values or arrays; anything else (@list, @graph, @index) it avoids. */
    boolean hasPlainContainer() {
        return container == null || "@set".equals(container) || isLanguageMap();
    }
}
