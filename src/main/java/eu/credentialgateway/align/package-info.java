/**
 * Align stage: EU controlled vocabularies for the credential graph.
 *
 * <p><b>Input:</b> the ELM credential as a Jena {@code Graph} (from map), where a code taken from the
 * source document is a placeholder IRI {@code urn:x-gateway:code:<scheme>:<value>} with scheme one of
 * {@code eqf} ("6", "EQF6", "level 6"), {@code nqf} (a national framework level: "DE-DQR:6", "DQR 6",
 * "IE-NFQ:8", "RQF Entry Level 3", "NLQF instapniveau"; see {@code ontologies/vocab/README.md}),
 * {@code isced-f} ("0511", "051", "05"; "0613 Software and ..."; or a field name in any language of the
 * table, en de fr it es nl pl, case/accents/punctuation ignored: "Computer use", "Computernutzung"),
 * {@code country} (ISO 3166 alpha-2/alpha-3, any case) or {@code language} (ISO 639-1, 639-2/B and /T,
 * 639-3, BCP 47 such as "en-GB"); the value may be percent-encoded.
 *
 * <p><b>Output:</b> the same graph, changed in place: every placeholder replaced by the concept IRI
 * ({@code http://data.europa.eu/snb/eqf/6}, {@code .../isced-f/0511},
 * {@code http://publications.europa.eu/resource/authority/country/POL}, {@code .../language/ENG}); every
 * known concept used in the graph (also ones the mapping gave as IRIs, from any table in
 * {@code ontologies/vocab/}) gets {@code rdf:type skos:Concept}, {@code skos:inScheme} and its
 * {@code skos:prefLabel}s when it has none, and its scheme gets {@code rdf:type skos:ConceptScheme}.
 *
 * <p><b>National levels and EQF</b> ({@link eu.credentialgateway.align.NationalLevelAligner}, first step): an
 * {@code nqf} placeholder becomes the level's ELM QDR concept ({@code http://data.europa.eu/snb/qdr/c_...}); a
 * node with a national level (placeholder or QDR IRI) whose country's referencing gives an EQF level gets that
 * level when it has none: {@code elm:EQFLevel} beside {@code elm:NQFLevel} (a Qualification), else on the same
 * predicate ({@code elm:educationLevel} of a learning achievement specification). An EQF level given is kept.
 * The table is {@code ontologies/vocab/nqf-eqf.tsv}, hand-written with a cited source per row.
 *
 * <p><b>Warnings</b> (exchange property {@code GatewayNotes}, stage ALIGN, location = subject IRI + predicate IRI):
 * {@code unknown-eqf-code} (also for EQF levels outside 1-8), {@code unknown-isced-f-code}, {@code unknown-country-code},
 * {@code unknown-language-code}, {@code unknown-nqf-code} (a placeholder value, or an IRI in that scheme's
 * namespace, that the table does not know; the statement is dropped), {@code ambiguous-isced-f-label} (a field
 * name that labels concepts of several branches; dropped), {@code nqf-level-without-qdr-concept} (a known national
 * level the QDR list has no concept for; dropped, its EQF level is still added), {@code eqf-nqf-mismatch} (the EQF
 * level given differs from the national level's, which is not added; or national levels of one node disagree),
 * {@code unknown-code-scheme} (a placeholder with another scheme); {@code obsolete-esco-skill} and
 * {@code unknown-esco-skill} (ESCO, below).
 *
 * <p><b>Failure:</b> {@code align-failed} (an unexpected library error). The tables load once at start from
 * {@code gateway.align.vocab-dir} (default {@code ${gateway.home}/ontologies/vocab}); a missing or malformed
 * table stops the start.
 *
 * <p><b>ESCO</b> ({@link eu.credentialgateway.align.EscoAlignments}, loaded at start from
 * {@code gateway.align.esco.file}, default {@code ${gateway.home}/ontologies/esco/skills.tsv.gz}; a missing file
 * stops the start): {@code EscoSkills.check(uri)} tells known, obsolete and unknown ESCO skill URIs apart;
 * {@code EscoMatcher.match(text, lang, limit)} ranks released skills for a phrase (Lucene, score 0..1; the index is
 * kept on disk under {@code gateway.align.esco.index.cache-dir}, default {@code ${gateway.home}/data/esco-index},
 * and opened at later starts: {@link eu.credentialgateway.align.EscoIndexCache});
 * {@code GET /api/v1/alignments/esco} shows the candidates ({@link eu.credentialgateway.align.EscoAlignmentController}).
 * In the stage (after the codes):
 * <ul>
 * <li><b>ESCO URIs the input gives</b> (objects of {@code elm:relatedESCOSkill}, or any object in
 * {@code http://data.europa.eu/esco/skill/}; Open Badges {@code alignment.targetUrl} maps there): known (released in
 * v1.1.1) are kept and described as {@code skos:Concept} in {@code http://data.europa.eu/esco/concept-scheme/skills}
 * (a {@code skos:ConceptScheme}) with ESCO's preferred labels (en, fr, es) in place of the input's; obsolete (a v1.0
 * skill v1.1.1 dropped) are kept the same way with warning {@code obsolete-esco-skill}: ESCO publishes no successor for
 * them, and the skill was valid when the credential was issued; unknown ones are dropped with warning
 * {@code unknown-esco-skill}, and what the input said about them goes too ({@link eu.credentialgateway.align.EscoUriCheck}).</li>
 * <li><b>Texts</b> ({@link eu.credentialgateway.align.OutcomePhrases}): the titles of learning outcomes that name no
 * ESCO skill and, for a specification (or qualification) without learning outcomes, the phrases its
 * {@code elm:learningOutcomeSummary} lists. ELM 3.2 has no skill property on specifications: a skill is a learning
 * outcome's {@code elm:relatedESCOSkill}, so a summary phrase that gets a skill becomes a new {@code elm:LearningOutcome}
 * (title = the phrase) of the specification. Each phrase, in its language (undetermined: every language), is decided by
 * {@link eu.credentialgateway.align.EscoTextMatch}: a reviewer's earlier decision first (accepted: the skill is added,
 * source {@code review}; rejected: nothing), else the matcher: best score &gt;= {@code gateway.align.esco.accept-threshold}
 * (0.85): added; &gt;= {@code review-floor} (0.40): queued for review, nothing added; lower: nothing.</li>
 * </ul>
 *
 * <p><b>Decisions</b> (exchange property {@code GatewayAlignments}, a list of
 * {@link eu.credentialgateway.AlignmentDecision}; the record stage stores them on the input's receipt and queues the
 * uncertain phrases): every ESCO URI kept or dropped, every phrase added, queued or not (with score and reason), and
 * every code placeholder (national levels too) aligned or dropped ({@link eu.credentialgateway.align.CodeAlignmentLog}; statements about the
 * learner, such as a citizenship, are left out: they are personal data). The review queue's decisions reach the stage
 * through {@link eu.credentialgateway.align.ReviewedPhrases}, answered from memory, keyed by
 * {@link eu.credentialgateway.align.PhraseKey} (normalised text + language).
 */
package eu.credentialgateway.align;
