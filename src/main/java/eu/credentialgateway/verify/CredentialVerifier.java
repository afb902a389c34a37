package eu.credentialgateway.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.CredentialForm;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.OpenedCredential;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.SealCheck;
import eu.credentialgateway.Stage;
import eu.credentialgateway.serialise.JsonLdToRdf;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import eu.credentialgateway.verify.VerificationReport.ContentReport;
import eu.credentialgateway.verify.VerificationReport.ReportedFinding;
import eu.credentialgateway.verify.VerificationReport.SealReport;
import java.time.Clock;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Verifies a sealed credential in any form a {@link CredentialForm} bean knows: the seal (by the
 * form), the content against the gateway's ELM-profile shapes (the validate stage's, for EDC
 * JSON-LD read through the gateway's own contexts, never the network), and the expiry date.
 */
@Component
public class CredentialVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(CredentialVerifier.class);

    private final List<CredentialForm> forms;
    private final List<ContentCheck> contentChecks;
    private final ValidateStage validate;
    private final String shapes;
    private final ContextDocuments contexts;
    private final Expiry expiry;

    /** The validate stage's shapes ({@code gateway.validate.*}) less {@code gateway.verify.skip-shapes}, parsed once. */
    @Autowired
    public CredentialVerifier(List<CredentialForm> forms, List<ContentCheck> contentChecks, ValidateProperties validate,
                              VerifyProperties verify, @Value("${gateway.home:.}") String home, ContextDocuments contexts) {
        this(forms, contentChecks, new ValidateStage(new ValidateProperties(validate.shapes(), union(validate.skip(), verify.skipShapes())), home),
                describe(validate, verify), contexts, Clock.systemUTC());
    }

    /**
     * @param validate the stage whose shapes the content must pass
     * @param shapes   what those shapes are, in words, for the report
     */
    public CredentialVerifier(List<CredentialForm> forms, ValidateStage validate, String shapes, ContextDocuments contexts, Clock clock) {
        this(forms, List.of(), validate, shapes, contexts, clock);
    }

    /** The same, with checks for content that is not EDC JSON-LD (the EBSI and OB 3.0 forms' JSON Schemas). */
    public CredentialVerifier(List<CredentialForm> forms, List<ContentCheck> contentChecks, ValidateStage validate, String shapes,
                              ContextDocuments contexts, Clock clock) {
        this.forms = List.copyOf(forms);
        this.contentChecks = List.copyOf(contentChecks);
        this.validate = validate;
        this.shapes = shapes;
        this.contexts = contexts;
        this.expiry = new Expiry(clock);
    }

    private static List<String> union(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    private static String describe(ValidateProperties validate, VerifyProperties verify) {
        List<String> skipped = union(validate.skip(), verify.skipShapes());
        return "the gateway's ELM-profile SHACL shapes (" + validate.shapes() + ")" + (skipped.isEmpty() ? "" : " except " + skipped);
    }

    /**
     * The report on {@code document}; a broken seal or invalid content is reported, not thrown.
     *
     * @throws GatewayException UNSUPPORTED_FORMAT ({@code unknown-sealed-form}) when no form recognises the
     *                          document, INVALID ({@code unreadable-seal}) when its form cannot read it after all
     */
    public VerificationReport verify(String document) {
        CredentialForm form = forms.stream().filter(f -> f.recognises(document)).findFirst()
                .orElseThrow(() -> new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.SEAL,
                        "unknown-sealed-form", "the document is not a sealed credential in a form the gateway verifies; known forms: "
                        + forms.stream().map(CredentialForm::id).toList(), "/"))));
        OpenedCredential opened;
        try {
            opened = form.open(document);
        } catch (RuntimeException e) {
            throw new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.SEAL, "unreadable-seal",
                    "the " + form.id() + " seal cannot be read: " + e.getClass().getSimpleName(), "/")));
        }
        JsonNode credential = parse(opened.credential());
        SealReport seal = SealReport.of(opened.seals());
        ContentReport content = content(opened, credential);
        VerificationReport.ExpiryReport expires = expiry.of(credential);
        boolean valid = seal.valid() && (!content.checked() || content.valid()) && !expires.expired();
        boolean trusted = seal.valid() && seal.signatures().stream().allMatch(SealCheck::trusted);
        String credentialId = credential != null && credential.path("id").isTextual() ? credential.get("id").asText() : null;
        VerificationReport report = new VerificationReport(form.id(), valid, trusted, Summary.of(seal, trusted, content, expires),
                credentialId, seal, content, expires);
        LOG.info("verified {} credential {}: valid {}, seal intact {}, trusted {}, content {}, expired {}", form.id(), eu.credentialgateway.LogValues.safe(credentialId),
                valid, seal.valid(), trusted, content.checked() ? content.valid() : "not checked", expires.expired());
        return report;
    }

    private ContentReport content(OpenedCredential opened, JsonNode credential) {
        if (!OpenedCredential.EDC.equals(opened.contentProfile())) {
            return contentChecks.stream().filter(c -> c.checks(opened.contentProfile())).findFirst()
                    .map(c -> c.check(opened.contentProfile(), opened.credential()))
                    .orElseGet(() -> new ContentReport(opened.contentProfile(), false, false, "no shapes for this content profile", List.of()));
        }
        if (credential == null || !credential.isObject()) {
            return notChecked(new Finding(Stage.VALIDATE, "content-not-json", "the sealed content is not a JSON object", "payload"));
        }
        Graph graph;
        try {
            graph = JsonLdToRdf.read(opened.credential(), contexts);
        } catch (com.apicatalog.jsonld.JsonLdError | RuntimeException e) {
            return notChecked(new Finding(Stage.VALIDATE, "content-not-json-ld",
                    "the sealed content cannot be read as JSON-LD with the gateway's contexts: " + e.getMessage(), "payload"));
        }
        List<Finding> findings;
        try {
            findings = validate.check(graph);
        } catch (GatewayException e) {
            findings = e.findings();
        }
        return new ContentReport(OpenedCredential.EDC, true, findings.isEmpty(), shapes,
                findings.stream().map(ReportedFinding::of).toList());
    }

    private ContentReport notChecked(Finding why) {
        return new ContentReport(OpenedCredential.EDC, false, false, shapes, List.of(ReportedFinding.of(why)));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
