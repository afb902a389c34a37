package eu.credentialgateway.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.Stage;
import eu.credentialgateway.profile.ProfileProperties;
import eu.credentialgateway.profile.ProfileSchemas;
import eu.credentialgateway.verify.VerificationReport.ContentReport;
import eu.credentialgateway.verify.VerificationReport.ReportedFinding;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The verifier's content check of the EBSI VCDM 2.0 and Open Badges 3.0 forms: against their official JSON Schemas
 * ({@code gateway.profile.ebsi-schema}, {@code ob3-schema}); not checked, and the report says so, when none is
 * configured. Brings its settings along, so the {@code verify} command's small wiring finds them too.
 */
@Component
@EnableConfigurationProperties(ProfileProperties.class)
public class SchemaContentCheck implements ContentCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProfileSchemas schemas;
    private final ProfileProperties properties;

    /** With the gateway's parsed schemas (the profile stage's), or its own when it runs without them (the verify command). */
    @Autowired
    SchemaContentCheck(ProfileProperties properties, ObjectProvider<ProfileSchemas> schemas) {
        this(properties, schemas.getIfAvailable(() -> ProfileSchemas.load(properties.ebsiSchema(), properties.ob3Schema())));
    }

    /** With these parsed schemas. */
    public SchemaContentCheck(ProfileProperties properties, ProfileSchemas schemas) {
        this.properties = properties;
        this.schemas = schemas;
    }

    @Override
    public boolean checks(String contentProfile) {
        return OutputProfile.named(contentProfile).filter(p -> p == OutputProfile.EBSI_JWT || p == OutputProfile.OB3).isPresent();
    }

    @Override
    public ContentReport check(String contentProfile, String credential) {
        OutputProfile profile = OutputProfile.named(contentProfile).orElseThrow();
        String against = against(profile);
        if (!schemas.checks(profile)) {
            return new ContentReport(profile.id(), false, false, against, List.of());
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(credential);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            Finding notJson = new Finding(Stage.VALIDATE, "content-not-json", "the sealed content is not a JSON object", "payload");
            return new ContentReport(profile.id(), false, false, against, List.of(reported(notJson)));
        }
        List<Finding> findings = schemas.check(profile, tree);
        return new ContentReport(profile.id(), true, findings.isEmpty(), against, findings.stream().map(SchemaContentCheck::reported).toList());
    }

    /** The schemas, shared with the profile stage. */
    ProfileSchemas schemas() {
        return schemas;
    }

    private static ReportedFinding reported(Finding finding) {
        return new ReportedFinding(finding.stage().id(), finding.code(), finding.message(), finding.location());
    }

    private String against(OutputProfile profile) {
        boolean ebsi = profile == OutputProfile.EBSI_JWT;
        Path file = ebsi ? properties.ebsiSchema() : properties.ob3Schema();
        String name = ebsi ? "the EBSI Europass EDC JSON Schema" : "the Open Badges 3.0 AchievementCredential JSON Schema";
        return file == null ? name + " is not configured (gateway.profile." + (ebsi ? "ebsi" : "ob3") + "-schema): not checked"
                : name + " (" + file.getFileName() + ")";
    }
}
