package eu.credentialgateway.profile;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the serialised credential the form of its output profile, before the seal stage secures it: the EDC
 * JSON-LD in, the profile's unsealed form out ({@code Content-Type} its media type, header {@code GatewayProfile}
 * its name). The profile is the one the exchange names (request or route), else the input format's
 * ({@code gateway.profile.by-format.<format>}), else {@code gateway.seal.profile}. When the credential's delivery
 * targets include one that takes the EBSI JWT form (a registry with {@code payload=jwt}) and the profile is another,
 * the EBSI VCDM 2.0 form is derived too ({@link GatewayHeaders#EBSI_FORM}), for the seal stage to seal as that JWT.
 */
@Component("profileStage")
public class ProfileStage implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileStage.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProfileProperties properties;
    private final OutputProfile defaultProfile;
    private final ProfileSchemas schemas;
    private final EbsiCredential ebsi;
    private final OpenBadgeCredential openBadge = new OpenBadgeCredential();
    private final GraphText graphs;

    /** The stage with the gateway's parsed schemas (the verifier's content check shares them). */
    @Autowired
    ProfileStage(ProfileProperties properties, @Value("${gateway.seal.profile:edc-jades}") String defaultProfile,
                 ContextDocuments contexts, ProfileSchemas schemas) {
        this(properties, OutputProfile.named(defaultProfile).orElseThrow(() -> new IllegalArgumentException(
                "gateway.seal.profile=" + defaultProfile + " is not a profile; known: " + OutputProfile.names())), contexts,
                schemas);
    }

    /** A stage with these settings, default profile and the gateway's contexts in {@code contextDir}. */
    public ProfileStage(ProfileProperties properties, OutputProfile defaultProfile, Path contextDir) {
        this(properties, defaultProfile, ContextDocuments.fromFolder(contextDir), ProfileSchemas.load(properties.ebsiSchema(), properties.ob3Schema()));
    }

    private ProfileStage(ProfileProperties properties, OutputProfile defaultProfile, ContextDocuments contexts, ProfileSchemas schemas) {
        this.properties = properties;
        this.defaultProfile = defaultProfile;
        this.schemas = schemas;
        this.ebsi = new EbsiCredential(TermDatatypes.fromContexts(contexts), properties.ebsiJsonSchemaId());
        this.graphs = new GraphText(contexts);
        for (OutputProfile checked : List.of(OutputProfile.EBSI_JWT, OutputProfile.OB3)) {
            if (!schemas.checks(checked) || !properties.checkIssued()) {
                LOG.warn("the {} credentials the gateway issues are not checked against a JSON Schema (gateway.profile.{}-schema, check-issued)",
                        checked.id(), checked == OutputProfile.EBSI_JWT ? "ebsi" : "ob3");
            }
        }
    }

    /** The JSON Schemas the EBSI and OB 3.0 forms are checked against (for the verifier). */
    public ProfileSchemas schemas() {
        return schemas;
    }

    @Override
    public void process(Exchange exchange) {
        String credential = exchange.getMessage().getBody(String.class);
        if (credential == null || credential.isBlank()) {
            throw new GatewayException(new Finding(Stage.SERIALISE, "empty-credential", "there is no serialised credential to give a form", "body"));
        }
        OutputProfile profile = profileOf(exchange);
        exchange.getMessage().setHeader(GatewayHeaders.PROFILE, profile.id());
        String form = switch (profile) {
            case EDC_JADES -> credential;
            case EBSI_JWT -> ebsi(credential, exchange);
            case OB3 -> checked(profile, openBadge.derive(parse(credential, profile)));
            case TURTLE, NQUADS -> graph(credential, profile);
        };
        if (profile != OutputProfile.EBSI_JWT && Boolean.TRUE.equals(exchange.getProperty(GatewayHeaders.JWT_FORM_WANTED, Boolean.class))) {
            exchange.setProperty(GatewayHeaders.EBSI_FORM, ebsi(credential, exchange));
        }
        exchange.getMessage().setBody(form);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, profile.unsealedMediaType());
    }

    /** The exchange's profile: its header (request, route), else its format's, else the default. */
    OutputProfile profileOf(Exchange exchange) {
        String asked = exchange.getMessage().getHeader(GatewayHeaders.PROFILE, String.class);
        if (asked != null && !asked.isBlank()) {
            return OutputProfile.named(asked).orElseThrow(() -> new GatewayException(new Finding(Stage.SERIALISE, "unknown-profile",
                    "no output profile is named " + asked.trim() + "; known: " + OutputProfile.names(), GatewayHeaders.PROFILE)));
        }
        String format = exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class);
        String forFormat = format == null ? null : properties.byFormat().get(format);
        return forFormat != null ? OutputProfile.named(forFormat).orElseThrow() : defaultProfile;
    }

    private String ebsi(String credential, Exchange exchange) {
        EbsiCredential.Derived derived = ebsi.derive(parse(credential, OutputProfile.EBSI_JWT));
        Notes.add(exchange, derived.leftOut());
        return checked(OutputProfile.EBSI_JWT, derived.credential());
    }

    private String checked(OutputProfile profile, JsonNode form) {
        List<Finding> problems = properties.checkIssued() ? schemas.check(profile, form) : List.of();
        if (!problems.isEmpty()) {
            throw new GatewayException(Rejection.INVALID, problems);
        }
        try {
            return JSON.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw failed(profile, e);
        }
    }

    private static ObjectNode parse(String credential, OutputProfile profile) {
        try {
            JsonNode tree = JSON.readTree(credential);
            if (!(tree instanceof ObjectNode object)) {
                throw new GatewayException(new Finding(Stage.SERIALISE, "profile-failed",
                        "the serialised credential is not a JSON object, so it has no " + profile.id() + " form", "body"));
            }
            return object;
        } catch (JsonProcessingException e) {
            throw failed(profile, e);
        }
    }

    private String graph(String credential, OutputProfile profile) {
        try {
            return profile == OutputProfile.TURTLE ? graphs.turtle(credential) : graphs.nquads(credential);
        } catch (JsonLdError e) {
            throw failed(profile, e);
        }
    }

    private static GatewayException failed(OutputProfile profile, Exception e) {
        return new GatewayException(new Finding(Stage.SERIALISE, "profile-failed",
                "the credential could not be given the " + profile.id() + " form (" + e.getClass().getSimpleName() + ")", "body"));
    }
}
