/**
 * Align stage: EU controlled vocabularies for the credential graph.
 *
 * <p><b>Input:</b> the ELM credential as a Jena {@code Graph} (from map), where a code taken from the
 * source document is a placeholder IRI {@code urn:x-gateway:code:<scheme>:<value>} with scheme one of
 * {@code eqf} ("6", "EQF6", "level 6"), {@code isced-f} ("0511", "051", "05"), {@code country} (ISO 3166
 * alpha-2/alpha-3, any case) or {@code language} (ISO 639-1, 639-2/B and /T, 639-3, BCP 47 such as "en-GB");
 * the value may be percent-encoded.
 *
 * <p><b>Output:</b> the same graph, changed in place: every placeholder replaced by the concept IRI
 * ({@code http://data.europa.eu/snb/eqf/6}, {@code .../isced-f/0511},
 * {@code http://publications.europa.eu/resource/authority/country/POL}, {@code .../language/ENG}); every
 * known concept used in the graph (also ones the mapping gave as IRIs, from any table in
 * {@code ontologies/vocab/}) gets {@code rdf:type skos:Concept}, {@code skos:inScheme} and its
 * {@code skos:prefLabel}s when it has none, and its scheme gets {@code rdf:type skos:ConceptScheme}.
 *
 * <p><b>Warnings</b> (exchange property {@code GatewayNotes}, stage ALIGN, location = subject IRI + predicate IRI):
 * {@code unknown-eqf-code}, {@code unknown-isced-f-code}, {@code unknown-country-code},
 * {@code unknown-language-code} (a placeholder value, or an IRI in that scheme's namespace, that the table
 * does not know; the statement is dropped), {@code unknown-code-scheme} (a placeholder with another scheme).
 *
 * <p><b>Failure:</b> {@code align-failed} (an unexpected library error). The tables load once at start from
 * {@code gateway.align.vocab-dir} (default {@code ${gateway.home}/ontologies/vocab}); a missing or malformed
 * table stops the start.
 *
 * <p><b>ESCO</b> ({@link eu.credentialgateway.align.EscoAlignments}, loaded at start from
 * {@code gateway.align.esco.file}, default {@code ${gateway.home}/ontologies/esco/skills.tsv.gz}; a missing file
 * stops the start): {@code EscoSkills.check(uri)} tells known, obsolete and unknown ESCO skill URIs apart;
 * {@code EscoMatcher.match(text, lang, limit)} ranks released skills for a phrase (Lucene, in memory, score 0..1);
 * {@code GET /api/v1/alignments/esco} shows the candidates ({@link eu.credentialgateway.align.EscoAlignmentController}).
 * The stage itself does not yet add ESCO skills to credentials.
 */
package eu.credentialgateway.align;
