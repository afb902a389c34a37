package eu.credentialgateway.profile;

import eu.credentialgateway.OutputProfile;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the output profiles ({@code gateway.profile.*}); the default profile itself is
 * {@code gateway.seal.profile}. The defaults run the embedded setup: every format in the default profile, the
 * EBSI and OB 3.0 forms made but not checked against a JSON Schema (the gateway ships none).
 *
 * @param byFormat         the profile per input format, e.g. {@code by-format.elmo=ebsi-jwt}; a request's or route's choice wins
 * @param ebsiSchema       the EBSI Europass EDC JSON Schema ({@code vcdm2.0-europass-edc-schema.json}, with the attestation
 *                         schema it refers to beside it); set: every {@code ebsi-jwt} credential must pass it, and the verifier checks with it
 * @param ob3Schema        the OB 3.0 AchievementCredential JSON Schema; set: every {@code ob3} credential must pass it
 * @param ebsiJsonSchemaId the Trusted Schemas Registry URL of the EBSI schema, named in the credential's {@code credentialSchema}
 * @param checkIssued      check every EBSI / OB 3.0 form the gateway issues against its configured schema (the EBSI check
 *                         costs about as much as deriving and signing the form); false: only the verifier uses the schemas
 */
@ConfigurationProperties("gateway.profile")
public record ProfileProperties(@DefaultValue Map<String, String> byFormat,
                                Path ebsiSchema,
                                Path ob3Schema,
                                @DefaultValue(EBSI_EDC_SCHEMA) String ebsiJsonSchemaId,
                                @DefaultValue("true") boolean checkIssued) {
    /** The EBSI pilot registry's id of {@code @cef-ebsi/vcdm2.0-europass-edc-schema} 2.1.0 (its schema.metadata.json). */
    public static final String EBSI_EDC_SCHEMA =
            "https://api-pilot.ebsi.eu/trusted-schemas-registry/v3/schemas/0x4d40d34533797f62a8a03d7c4a4cd7827d289fadf1bfa582ec0ecfedbe55a6e0";

    public ProfileProperties {
        byFormat = byFormat == null ? Map.of() : Map.copyOf(byFormat);
        byFormat.forEach((format, profile) -> {
            if (OutputProfile.named(profile).isEmpty()) {
                throw new IllegalArgumentException("gateway.profile.by-format." + format + "=" + profile
                        + " is not a profile; known: " + OutputProfile.names());
            }
        });
    }

    /** No per-format choice, no schemas. */
    public static ProfileProperties defaults() {
        return new ProfileProperties(Map.of(), null, null, EBSI_EDC_SCHEMA, true);
    }

    /** The same settings with these schema files. */
    public ProfileProperties withSchemas(Path ebsi, Path ob3) {
        return new ProfileProperties(byFormat, ebsi, ob3, ebsiJsonSchemaId, checkIssued);
    }

    /** The same settings with a profile for one format. */
    public ProfileProperties withFormat(String format, String profile) {
        Map<String, String> formats = new java.util.HashMap<>(byFormat);
        formats.put(format, profile);
        return new ProfileProperties(formats, ebsiSchema, ob3Schema, ebsiJsonSchemaId, checkIssued);
    }
}
