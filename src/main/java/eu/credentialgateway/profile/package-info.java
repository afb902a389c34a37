/**
 * Profile: the form a credential goes out in, chosen per request, format or configuration.
 *
 * <p>Entry: {@link eu.credentialgateway.profile.ProfileStage} (bean {@code profileStage}), called as {@code gateway:profile}
 * between {@code gateway:serialise} and {@code gateway:seal}. {@link eu.credentialgateway.OutputProfile} names the
 * profiles and their media types; {@link eu.credentialgateway.profile.ProfileSchemas} checks a form against the official
 * JSON Schema (the issuing side here, the verifier too).
 * <ul>
 * <li>Input: body = the serialise stage's EDC JSON-LD (String); header {@code GatewayProfile} (request or route), else
 * {@code gateway.profile.by-format.<GatewayFormat>}, else {@code gateway.seal.profile} ({@code edc-jades}).</li>
 * <li>Output: body = the profile's unsealed form, header {@code GatewayProfile} = its name, {@code Content-Type} its media type:
 * {@code edc-jades} the EDC JSON-LD unchanged ({@code application/ld+json}); {@code ebsi-jwt} the EBSI VCDM 2.0 Europass EDC
 * ({@code application/vc}; {@code EbsiCredential}); {@code ob3} an Open Badges 3.0 {@code OpenBadgeCredential}
 * ({@code application/vc+ld+json}; {@code OpenBadgeCredential}, {@code OpenBadgeAchievement}); {@code turtle} / {@code nquads}
 * the graph the JSON-LD states ({@code text/turtle}, {@code application/n-quads}; never sealed). The seal stage then secures the
 * first three (JAdES; a JWT with {@code typ vc+jwt}; a JWT with {@code typ JWT}).</li>
 * <li>Also, when the credential's delivery targets take the EBSI JWT form (a registry with {@code payload=jwt},
 * property {@code GatewayJwtFormWanted}, which the targets step sets) and the profile is another: property {@code GatewayEbsiForm} = the EBSI form, for the
 * seal stage to seal as {@code GatewayCredentialJwt}.</li>
 * <li>How: one walk over the Jackson tree of the JSON-LD, following references through an id index and typing literals
 * with the term table of the gateway's own contexts ({@code TermDatatypes}); no JSON-LD processor, no framing. Only the
 * debugging forms read the JSON-LD into RDF (titanium, offline).</li>
 * <li>Checks: with {@code gateway.profile.ebsi-schema} / {@code ob3-schema} set, every EBSI / OB 3.0 form must pass that
 * JSON Schema (networknt, offline, formats asserted), else the input is rejected with one finding per violation.</li>
 * <li>Failure codes (stage {@code serialise}, quarantined): {@code unknown-profile}, {@code empty-credential},
 * {@code profile-failed}, {@code ebsi-jwt-schema-<keyword>}, {@code ob3-schema-<keyword>}. Note (kept on the receipt):
 * {@code ebsi-left-out} for what the EBSI schema has no place for (properties outside the EDC context, {@code Agent.homepage},
 * a reference back into a cycle).</li>
 * </ul>
 */
package eu.credentialgateway.profile;

import eu.credentialgateway.OutputProfile;
