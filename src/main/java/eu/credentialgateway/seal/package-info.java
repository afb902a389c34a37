/**
 * Seal: the serialised credential is sealed by its issuer, so that anyone can verify it.
 *
 * <p>Entry: {@link eu.credentialgateway.seal.SealStage} (bean {@code sealStage}), called as {@code gateway:seal}
 * after {@code gateway:serialise}.
 * <ul>
 * <li>Input: body = the credential as a String (the serialise stage's EDC JSON-LD); header {@code GatewayProfile}
 * (optional) = the output profile, else {@code gateway.seal.profile} ({@code edc-jades}).</li>
 * <li>Output, profile {@code edc-jades}: body = a JAdES JSON-serialised JWS (ETSI TS 119 182-1) shaped like the
 * official signed EDC samples: {@code {"payload": "<the JSON-LD text, unencoded>", "signatures": [{"protected",
 * "signature"}]}}, protected header {@code alg} (ES256, RS256 or PS256), {@code cty: octet-stream}, {@code kid},
 * {@code x5t#S256}, {@code x5c}, {@code typ: jose+json}, {@code b64: false}, {@code iat} (or {@code sigT} by
 * configuration), {@code crit}; JAdES-BASELINE-B, or JAdES-BASELINE-T with a timestamp authority
 * ({@code gateway.seal.tsa-url}: {@code adoTst} content timestamp + {@code sigTst} in {@code etsiU}, as the samples).
 * Header {@code Content-Type: application/jose+json}. With the demo key the seal claims the signer role
 * "DEMO seal ..." and its certificate's subject says DEMO; the exchange gets the note {@code demo-seal}.
 * With {@code gateway.seal.enabled=false} the body passes unchanged.</li>
 * <li>Output, profiles {@code ebsi-jwt} and {@code ob3} (the profile stage made the EBSI VCDM 2.0 / OB 3.0 form): a compact
 * JWS ({@code JwtSealer}) whose payload is the credential plus {@code iss sub jti nbf exp iat}; {@code ebsi-jwt}: header
 * {@code alg, typ: vc+jwt, kid} (JWK thumbprint), {@code x5c}, {@code Content-Type: application/vc+jwt}; {@code ob3}: header
 * {@code alg, typ: JWT, jwk} only (the OB 3.0 JWT proof format allows no other), {@code application/jwt}. Profiles
 * {@code turtle} and {@code nquads} pass unsealed ({@code UnsealedForm}). The forms sit in one table ({@code ProfileForms}).</li>
 * <li>Also: exchange property {@code GatewayCredentialJwt} = the EBSI JWT form registries take (the body itself for
 * {@code ebsi-jwt}; for another profile the seal of the EBSI form the profile stage derived besides, {@code GatewayEbsiForm},
 * when a delivery target takes JWTs); property {@code GatewaySeals}: one {@code SealRecord} per form sealed (profile, media
 * type, signature format, algorithm, key id = JWK thumbprint, certificate subject and SHA-256, signing time) for the receipt.</li>
 * <li>Key: a PKCS#12 keystore ({@code gateway.seal.keystore}, {@code alias}, password from the environment variable
 * {@code gateway.seal.password-env}), or on the embedded default a demo key and self-signed certificate made on
 * first run in {@code <gateway.home>/data/seal/demo-seal.p12} (outside the repository) and reused.</li>
 * <li>Failure codes (stage {@code seal}, quarantined): {@code seal-failed} (DSS, the key or the timestamp authority
 * failed), {@code unknown-profile}, {@code empty-credential}. A keystore that cannot be read stops the start.</li>
 * </ul>
 *
 * <p>Verification of JAdES seals for {@code POST /api/v1/verifications} and the {@code verify} command lives here
 * too ({@code JadesCredentialForm}, a {@link eu.credentialgateway.CredentialForm}), so that EU DSS is used
 * by this package only; so does that of the JWT forms ({@code JwtCredentialForm.Ebsi}, {@code .OpenBadge}: signature
 * with the {@code x5c} certificate, the {@code jwk} or the gateway's own key, claims against the credential). DSS is configured offline: no AIA, CRL or OCSP fetching unless
 * {@code gateway.seal.online-revocation}; trusted only what {@code gateway.seal.trusted-certificates} holds.
 *
 * <p>Threads: baseline-B sealing skips DSS's "is this already a JWS?" pre-check (the payload is fresh) and never
 * reaches DSS's shared JSON-schema validators, so one sealer serves every worker thread; the baseline-T step and
 * DSS validation do reach them and run under one lock ({@code SchemaValidatorLock}). Proven by SealConcurrencyTest.
 */
package eu.credentialgateway.seal;
