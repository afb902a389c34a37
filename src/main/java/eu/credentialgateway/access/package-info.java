/**
 * The trust boundary around the pipeline: who may call what, and a record of who did what.
 *
 * <ul>
 * <li>{@link eu.credentialgateway.access.SecurityConfiguration}: deny by default; the open paths are listed once in
 * {@link eu.credentialgateway.access.OpenEndpoints}; everything else needs a {@link eu.credentialgateway.access.Role}.
 * 401 and 403 are RFC 9457 problems ({@link eu.credentialgateway.access.AccessProblems}).</li>
 * <li>Machine clients send an API key in {@code X-API-Key} ({@link eu.credentialgateway.access.ApiKeyStore}, stored as
 * SHA-256 only; {@code /api/v1/api-keys}); people come with an OpenID Connect bearer token of the agency's identity
 * provider ({@link eu.credentialgateway.access.OidcRoles}).</li>
 * <li>{@link eu.credentialgateway.access.Caller} is who is calling, as the rest of the gateway sees it: an actor id
 * (never a learner's data), roles, and the formats and targets an API key is limited to.</li>
 * <li>{@link eu.credentialgateway.access.ActionLog}: every state-changing or sensitive action with its actor, read
 * through {@code GET /api/v1/actions}.</li>
 * </ul>
 */
package eu.credentialgateway.access;
