package eu.credentialgateway.deliver.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSObject;
import eu.credentialgateway.jsonld.ContextDocuments;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sealed forms a wallet can receive, as {@code credential_configurations_supported}, and which of them a
 * stored credential is. The credential was sealed before any wallet was known: it is handed out as sealed.
 * <ul>
 * <li>{@code EuropeanDigitalCredential_jwt_vc_json}: profile {@code ebsi-jwt}, the EBSI VCDM 2.0 EDC as a compact
 * JWT with header {@code typ: vc+jwt} (format {@code jwt_vc_json} of OpenID4VCI 1.0, Appendix A.1.1; the 1.1
 * drafts call the VCDM 2.0 JOSE form {@code vc+jwt}).</li>
 * <li>{@code OpenBadgeCredential_jwt_vc_json}: profile {@code ob3}, an Open Badges 3.0 credential as a JWT ({@code typ: JWT}).</li>
 * <li>{@code EuropeanDigitalCredential_jades}: profile {@code edc-jades}, the EDC JSON-LD in a JAdES JSON seal
 * (ETSI TS 119 182-1), returned as a JSON object. Its format {@code edc_jades_json} is the gateway's own
 * identifier: OpenID4VCI defines none for JAdES; wallets that do not know it skip it.</li>
 * </ul>
 */
final class CredentialConfigurations {
    static final CredentialConfiguration EBSI = new CredentialConfiguration("EuropeanDigitalCredential_jwt_vc_json",
            "ebsi-jwt", "jwt_vc_json", List.of(),
            List.of("VerifiableCredential", "VerifiableAttestation", "EuropeanDigitalCredential"), false,
            "European Digital Credential", "A European Digital Credential (EBSI VCDM 2.0), sealed as a JWT");
    static final CredentialConfiguration OB3 = new CredentialConfiguration("OpenBadgeCredential_jwt_vc_json",
            "ob3", "jwt_vc_json", List.of(), List.of("VerifiableCredential", "OpenBadgeCredential"), false,
            "Open Badge", "An Open Badges 3.0 credential, sealed as a JWT");
    static final CredentialConfiguration JADES = new CredentialConfiguration("EuropeanDigitalCredential_jades",
            "edc-jades", "edc_jades_json", List.of(ContextDocuments.CREDENTIALS_V1.toString(), ContextDocuments.EDC_AP.toString()), List.of("VerifiableCredential", "EuropeanDigitalCredential"),
            true, "European Digital Credential (JAdES)", "A European Digital Credential (ELM 3.2 JSON-LD) in a JAdES seal");
    static final List<CredentialConfiguration> ALL = List.of(EBSI, OB3, JADES);

    private static final ObjectMapper JSON = new ObjectMapper();

    private CredentialConfigurations() {
    }

    static Optional<CredentialConfiguration> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The configuration a stored (sealed) credential is, or empty: unsealed forms (JSON-LD, Turtle) go to no wallet. */
    static Optional<CredentialConfiguration> of(String sealed) {
        String text = sealed.strip();
        if (text.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(text);
                return node.has("payload") && node.path("signatures").isArray() ? Optional.of(JADES) : Optional.empty();
            } catch (java.io.IOException notJson) {
                return Optional.empty();
            }
        }
        try {
            JOSEObjectType typ = JWSObject.parse(text).getHeader().getType();
            if (typ == null) {
                return Optional.empty();
            }
            return switch (typ.getType()) {
                case "vc+jwt" -> Optional.of(EBSI);
                case "JWT" -> Optional.of(OB3);
                default -> Optional.empty();
            };
        } catch (ParseException notAJws) {
            return Optional.empty();
        }
    }

    /** {@code credential_configurations_supported}, in OpenID4VCI 1.0's shape. */
    static Map<String, Object> supported(WalletProperties properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (CredentialConfiguration configuration : ALL) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("format", configuration.format());
            entry.put("scope", configuration.id());
            entry.put("credential_signing_alg_values_supported", List.of("ES256", "RS256", "PS256"));
            if (properties.requireProof()) {
                // the wallet proves a key of these kinds; the sealed credential does not embed it (see package-info)
                entry.put("cryptographic_binding_methods_supported", List.of("jwk", "did:key", "did:jwk"));
                entry.put("proof_types_supported", Map.of("jwt", Map.of("proof_signing_alg_values_supported",
                        ProofCheck.ALGORITHMS)));
            }
            Map<String, Object> definition = new LinkedHashMap<>();
            if (!configuration.context().isEmpty()) {
                definition.put("@context", configuration.context());
            }
            definition.put("type", configuration.types());
            entry.put("credential_definition", definition);
            entry.put("credential_metadata", Map.of("display", List.of(Map.of("name", configuration.name(),
                    "locale", properties.locale(), "description", configuration.description()))));
            all.put(configuration.id(), entry);
        }
        return all;
    }
}
