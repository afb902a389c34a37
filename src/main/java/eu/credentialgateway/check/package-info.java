/**
 * Check stage: is the input safe to read and shaped like its format? The adapter chooses the check: the
 * format-specific one its {@code check.normaliser} names, else the generic one of its {@code kind} ({@code FormatChecks}).
 *
 * <p>Layout, by concern: this package holds the stage's entry ({@code CheckStage}, {@code FormatChecks},
 * {@code FormatCheck}), its settings ({@code CheckProperties}, {@code OnFailedVerification}) and the small types every
 * check shares ({@code Utf8Text}, {@code DeclaredLanguage}); {@code check.xml}, {@code check.json} and {@code check.csv}
 * the generic check of each kind and the steps that read that kind; {@code check.signature} the incoming signatures
 * (XAdES, JWS, VC-JWT, Data Integrity in {@code check.signature.proof}, hosted verification, signer trust and the
 * require-trusted policy); {@code check.elmo} ELMO's own check and normaliser.
 *
 * <p>Input: body {@code byte[]}, the original document (or what the format's {@code direct:<f>-prepare} route made
 * of it); header {@code GatewayFormat}; header {@code GatewayCredentialId} ({@code urn:uuid:<uuid>}); for a CSV row,
 * header {@code GatewayRow}.
 * Output: body {@code byte[]}, UTF-8, the normalised document the format's mapping reads:
 * <ul>
 *   <li>an adapter with {@code check.normaliser=elmo} ({@code check.elmo}): EMREX ELMO XML, ELMO elements in no
 *       namespace, foreign elements removed, the {@code gw-*} keys described in {@code ElmoNormaliser};</li>
 *   <li>any other xml adapter ({@code XmlCheck}): elements and attributes under their local names, XML signatures
 *       removed, {@code gw-id}/{@code gw-parent} on every element, {@code gw-lang} on leaves;</li>
 *   <li>json ({@code JsonCheck}): {@code {"gw-id": "<uuid>", "documents": [...]}}, every object with
 *       {@code gw-id}/{@code gw-parent}/{@code gw-lang}, and {@code gw-<name>} lists for the adapter's
 *       {@code check.link.<name>.*} links ({@code JsonLinks});</li>
 *   <li>csv ({@code CsvCheck}): comma-separated, columns {@code gw-id} and {@code gw-row} added.</li>
 * </ul>
 * Warnings go to the exchange property {@code GatewayNotes}.
 *
 * <p>Failure codes (stage {@code check}; location = XPath such as {@code /elmo/learner/bday}, a JSON Pointer such as
 * {@code /0}, {@code row N, column NAME} for CSV, or {@code line L, column C} for syntax): {@code empty-document},
 * {@code bad-encoding} (not UTF-8, or an XML declaration naming another encoding such as ISO-8859-1),
 * {@code doctype-forbidden}, {@code not-well-formed}, {@code too-deep}, {@code too-many-elements},
 * {@code wrong-root-element}, {@code missing-learner}, {@code missing-report},
 * {@code missing-learning-opportunity}, {@code missing-title}, {@code issuer-without-title}, {@code invalid-date};
 * JSON: {@code duplicate-key}, {@code too-large} (a string or the document longer than its bound),
 * {@code not-an-object}, and the codes an adapter names in {@code check.link.<name>.unresolved} (e.g.
 * {@code badge-class-not-supplied}); CSV: {@code missing-column}, {@code unknown-column}, {@code wrong-cell-count};
 * {@code unsupported-format} (415), {@code missing-credential-id}, {@code check-failed}.
 * Warning codes: {@code unreadable-date} (a pre-1.0 free-text date, left out); the codes an adapter names in
 * {@code check.link.<name>.sole} (e.g. {@code badge-class-id-differs}).
 *
 * <p>Format-specific steps of the subpackages, called from {@code direct:<f>-prepare} routes: {@code gateway:jsonRules}
 * ({@code JsonRulesStage}), {@code gateway:jwsSignature} ({@code JwsSignatureStage}), {@code gateway:xadesSeal}
 * ({@code XadesSealStage}: XAdES seals of EDC 1.x XML, verified offline by {@code XadesSeal} with the JDK's XML-DSig;
 * notes {@code seal-valid} (signer, signing time, trust not checked) and {@code seal-absent}; {@code seal-invalid} says
 * whether the signature value verifies and names every failing reference digest; {@code seal-check-failed}. EU DSS
 * reaches the same verdicts in the tests but is kept off this path: see {@code XadesSeal}), {@code gateway:dataIntegrity} ({@code DataIntegrityStage}, machinery in sub-package
 * {@code signature.proof}: W3C Data Integrity proofs {@code eddsa-rdfc-2022} / {@code eddsa-2022} of a JSON-LD credential and
 * of the credentials nested in it, verified offline with the gateway's own contexts; notes {@code proof-valid},
 * {@code proof-not-checked}; failures {@code proof-invalid} at the proof's JSON path such as {@code $.proof[0]},
 * {@code proof-unreadable}), {@code gateway:vcJwt} ({@code VcJwtStage}: a credential sent as a VC-JWT, its signature
 * checked with the header's jwk or did:key kid, replaced by the credential JSON; {@code signature-valid},
 * {@code signature-unverified}, {@code signature-invalid}, {@code signature-unreadable}), {@code gateway:hostedVerification} ({@code HostedVerificationStage}: Open Badges 2.0
 * hosted scope, {@code hosted-origin-not-allowed}, note {@code hosted-origin-not-checked}), {@code gateway:csvRow}
 * ({@code CsvRowStage}: one CSV row against its template). Batch step: {@code gateway:csvHeader} ({@code CsvHeaderStage},
 * in {@code direct:tabular-batch}: a batch file's header line against the template, once, before any row;
 * {@code unknown-column}, {@code duplicate-column}, {@code missing-column} at {@code line 1, column C}).
 *
 * <p>Configuration: {@code gateway.check.max-depth} (64), {@code gateway.check.max-elements} (200000),
 * {@code gateway.check.on-failed-verification} ({@code quarantine}, or {@code continue}: an incoming seal, JWS or
 * Data Integrity proof that does not verify, {@code seal-invalid} / {@code signature-invalid} / {@code proof-invalid},
 * becomes a note and the conversion goes on; {@code OnFailedVerification}); per adapter in
 * its adapter.properties: {@code check.normaliser} (a format-specific check instead of the kind's generic one:
 * {@code elmo}; an unknown name stops the start), {@code check.max-depth}, {@code check.max-elements} (xml), {@code check.max-string-length}
 * (json, 20000000), {@code check.max-document-length} (json, unbounded: ingest's max-size bounds it),
 * {@code csv.columns} (csv: every allowed column; absent = any), {@code check.link.<name>.from|ref|to|key|sole|unresolved}
 * (json: links between objects, see {@code JsonLinks}), {@code xml.language-attributes} / {@code xml.language-elements}
 * (xml: what declares a text's and the document's language besides xml:lang, see {@code DocumentLanguage}).
 *
 * <p>Every check also returns the document's declared language (exchange property {@code GatewayDocumentLanguage}, the
 * credential's primary language; {@code und} when none is declared): json the first declaration in the body, xml
 * (ELMO included) a language element's text else the first xml:lang or language attribute, csv the first filled
 * {@code name@lang} column in header order (docs/adapters.md, section 2a).
 */
package eu.credentialgateway.check;
