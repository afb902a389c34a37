package eu.credentialgateway.deliver.wallet;

import java.util.List;

/**
 * One entry of {@code credential_configurations_supported}: a sealed form of the gateway's (an output profile)
 * as OpenID4VCI describes it.
 *
 * @param id        the Credential Configuration Identifier wallets name
 * @param profile   the gateway's output profile ({@code ebsi-jwt}, {@code ob3}, {@code edc-jades})
 * @param format    the OpenID4VCI Credential Format Identifier
 * @param context   the {@code @context} of {@code credential_definition}, empty when the format has none
 * @param types     the credential's {@code type} values
 * @param json      true: the credential is a JSON object in the Credential Response, false: a string (a compact JWT)
 */
record CredentialConfiguration(String id, String profile, String format, List<String> context, List<String> types,
                               boolean json, String name, String description) {
}
