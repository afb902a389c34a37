/**
 * Validate stage: is the credential a valid ELM 3.2 European Digital Credential, as this gateway issues it?
 *
 * <p><b>Input:</b> the exchange body is the credential as a Jena {@code Graph} (ELM RDF, after map and
 * align). <b>Output:</b> the same {@code Graph}, unchanged, when it conforms.
 *
 * <p><b>What it checks:</b> the gateway's own SHACL shapes in {@code ontologies/shapes/*.ttl}
 * ({@code gateway.validate.shapes}, relative to {@code gateway.home}; files listed in
 * {@code gateway.validate.skip} are not loaded), parsed once at start by {@link
 * eu.credentialgateway.validate.ShapesCatalog}: the credential, its issuer, subject and claims
 * (edc-credential, edc-claims, edc-nodes), controlled vocabularies (edc-vocabularies) and the evidence of a
 * converted credential (edc-converted). They are at least as strict as the official ELM 3.2 EDC generic +
 * converted shapes on the classes the gateway emits; OwnShapesConformanceTest checks that against the
 * official files.
 *
 * <p><b>Failure codes</b> (GatewayException, Rejection.INVALID, stage {@code validate}):
 * <ul>
 *   <li>the SHACL constraint component's local name, one finding per result, e.g. {@code MinCountConstraintComponent},
 *       {@code DatatypeConstraintComponent}, {@code ClassConstraintComponent}, {@code NodeConstraintComponent},
 *       {@code HasValueConstraintComponent}, {@code MaxCountConstraintComponent}, {@code UniqueLangConstraintComponent};
 *       message = the shape's {@code sh:message}; location = focus node + " " + result path. The offending value
 *       ({@code sh:value}) is never reported: it can be learner data.</li>
 *   <li>{@code not-a-graph}: the body is not a Jena Graph (a wiring error).</li>
 *   <li>from {@code gateway:sanity} ({@link eu.credentialgateway.validate.SanityStage}, run right before validate):
 *       {@code implausible-credits}, {@code implausible-date}, {@code implausible-grade}, {@code invalid-binary},
 *       {@code invalid-text} ({@link eu.credentialgateway.validate.PlausibleValues}).</li>
 *   <li>{@code shacl-engine-failed}: the SHACL engine itself failed.</li>
 * </ul>
 */
package eu.credentialgateway.validate;
