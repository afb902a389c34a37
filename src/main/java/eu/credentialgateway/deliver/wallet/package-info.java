/**
 * Deliver to a wallet: the delivery target {@code wallet} and the OpenID for Verifiable Credential Issuance 1.0
 * (final, 2025) endpoints a wallet calls to pick a credential up, pre-authorised code flow only.
 *
 * <p><b>Delivering is offering.</b> The dispatcher sends a wallet task through {@code routes/deliver-wallet.yaml} to
 * {@link eu.credentialgateway.deliver.wallet.WalletTarget} (bean {@code walletTarget}). Its first attempt stores a
 * Credential Offer ({@code wallet_offer}, Flyway {@code V21__wallet_offers.sql}, H2 and PostgreSQL): a
 * single-use pre-authorised code (256 bits, derived from the random offer id), an optional numeric PIN ({@code tx_code}, {@code gateway.wallet.tx-code.length}),
 * an expiry ({@code gateway.wallet.offer-ttl}) and the credential configuration of the stored sealed credential. The
 * task stays {@code pending} (exchange property {@code GatewayHeaders.DELIVERY_AWAIT_UNTIL}) until a wallet picks the credential
 * up ({@code delivered}, through {@link eu.credentialgateway.deliver.AwaitedDeliveries}), or the offer's expiry plus
 * one token lifetime passes unused ({@code given-up}, error {@code offer-expired}). An operator's retry of a given-up
 * wallet task makes a new offer. Operators find the offer in {@code GET /api/v1/deliveries/{id}} under {@code offer}
 * ({@code OfferDetail}: id, state open | redeemed | issued | expired, {@code credentialOfferUri}, {@code link}
 * ({@code openid-credential-offer://?credential_offer_uri=...}), {@code qr}, {@code expiresAt}, and, while open,
 * {@code txCode} for the out-of-band channel), and an input's deliveries with {@code GET /api/v1/deliveries?inputId=}.
 *
 * <p><b>Endpoints</b> (base = the Credential Issuer Identifier, {@code gateway.wallet.issuer-url} or the request's base URL):
 * <ul>
 * <li>{@code GET /.well-known/openid-credential-issuer}: Credential Issuer Metadata ({@code IssuerMetadataController}):
 * {@code credential_issuer}, {@code credential_endpoint}, {@code nonce_endpoint}, {@code display},
 * {@code credential_configurations_supported} ({@code CredentialConfigurations}: {@code EuropeanDigitalCredential_jwt_vc_json}
 * = profile ebsi-jwt, {@code OpenBadgeCredential_jwt_vc_json} = ob3, {@code EuropeanDigitalCredential_jades} = edc-jades,
 * format {@code edc_jades_json}, the gateway's own identifier); {@code GET /.well-known/oauth-authorization-server}
 * (RFC 8414: {@code token_endpoint}, {@code pre-authorized_grant_anonymous_access_supported: true}).</li>
 * <li>{@code GET /api/v1/wallet/offers/{id}} the offer JSON ({@code credential_offer_uri}), {@code .../qr} a PNG QR
 * code of the link (ZXing); 404 unknown, 410 used or expired ({@code OfferController}).</li>
 * <li>{@code POST /api/v1/wallet/token} (form) and {@code POST /api/v1/wallet/nonce} ({@code TokenController}).</li>
 * <li>{@code POST /api/v1/wallet/credential} with a Bearer token ({@code CredentialController}, proofs by {@code ProofCheck}).</li>
 * </ul>
 *
 * <p><b>Errors</b> are OAuth's JSON ({@code error}, {@code error_description}, {@code Cache-Control: no-store}):
 * token endpoint 400 {@code invalid_request}, {@code invalid_grant}, {@code unsupported_grant_type}; credential
 * endpoint 401 {@code invalid_token} (with {@code WWW-Authenticate: Bearer}), 403 {@code insufficient_scope}, 400
 * {@code invalid_credential_request}, {@code unknown_credential_configuration}, {@code unknown_credential_identifier},
 * {@code invalid_proof}, {@code invalid_nonce}, {@code credential_request_denied}. Delivery errors in the task:
 * {@code offer-expired}, {@code no-wallet-form} (the credential has no sealed form a wallet takes).
 *
 * <p><b>Limitation: no holder binding.</b> The credential was sealed when it was converted, before any wallet was
 * known, and is handed out byte for byte as sealed. The wallet's proof of possession is checked (and its key's JWK
 * thumbprint kept with the offer), but the key is not written into the credential: a verifier cannot tell the holder
 * from the credential. With {@code gateway.wallet.require-proof=false} the metadata drops
 * {@code cryptographic_binding_methods_supported} and {@code proof_types_supported} (the specification's form for
 * credentials without binding) and requests without proofs are served. Not supported either: the authorization code
 * flow, deferred issuance, notifications, encrypted requests or responses, DPoP, {@code x5c} proof keys, key attestations.
 *
 * <p>Secrets ({@code V23__wallet_secrets_hashed.sql}): pre-authorised codes, PINs, access tokens, nonces and the
 * wallet secret never reach a log or an error message. Tokens, nonces and codes are stored as SHA-256 only (the code
 * is derived from the offer id by {@code WalletKeys}, keyed by {@code WalletSecret}); the PIN as a keyed check and
 * an AES-GCM sealed copy, until the offer is redeemed or expires; each showing of it is reported to
 * {@link eu.credentialgateway.deliver.wallet.OfferAudit}. Wrong PINs are counted atomically up to
 * {@code tx-code.max-failures}; unused nonces are bounded per client and in all (429 with {@code Retry-After}).
 */
package eu.credentialgateway.deliver.wallet;

import eu.credentialgateway.GatewayHeaders;
