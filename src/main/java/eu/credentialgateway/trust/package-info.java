/**
 * Trust anchors: the certificates, public keys and {@code did:key}s the gateway trusts ({@code gateway.trust.*}),
 * loaded once ({@link eu.credentialgateway.trust.TrustAnchors}), and the answer to "is this key, this certificate
 * chain, trusted?" ({@link eu.credentialgateway.trust.TrustVerdict}). Chains are path-validated with the JDK's PKIX
 * {@code CertPathValidator}, offline: revocation is not checked.
 */
package eu.credentialgateway.trust;
