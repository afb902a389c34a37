package eu.credentialgateway.profile;

import eu.credentialgateway.verify.ContentCheck;
import eu.credentialgateway.verify.SchemaContentCheck;
import java.nio.file.Files;
import java.nio.file.Path;

/** The official JSON Schemas in ../shared and the verifier's content check with them, for tests. */
public final class ProfileChecks {
    /** ../shared relative to the project root. */
    public static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
    public static final Path EBSI_SCHEMA = SHARED.resolve("anchors/edc/jsonschema/ebsi/vcdm2.0-europass-edc-schema.json");
    public static final Path OB3_SCHEMA = SHARED.resolve("anchors/formats/openbadges-v3/spec/schema/achievementcredential.json");

    private ProfileChecks() {
    }

    /** True when ../shared holds both schemas. */
    public static boolean schemasAvailable() {
        return Files.isRegularFile(EBSI_SCHEMA) && Files.isRegularFile(OB3_SCHEMA);
    }

    /** The default settings with the ../shared schemas when they are there, else none. */
    public static ProfileProperties properties() {
        return schemasAvailable() ? ProfileProperties.defaults().withSchemas(EBSI_SCHEMA, OB3_SCHEMA) : ProfileProperties.defaults();
    }

    /** The verifier's content check for the EBSI and OB 3.0 forms with these settings, sharing the stage's parsed schemas. */
    public static ContentCheck contentCheck(ProfileProperties properties, ProfileStage stage) {
        return new SchemaContentCheck(properties, stage.schemas());
    }
}
