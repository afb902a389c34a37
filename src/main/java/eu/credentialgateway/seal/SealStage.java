package eu.credentialgateway.seal;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the serialised credential: String in (the serialise stage's JSON-LD), the sealed form out,
 * chosen by the output profile (header {@code GatewayProfile}, else {@code gateway.seal.profile};
 * {@code edc-jades}: a JAdES JSON seal), with {@code Content-Type} set to the form's media type.
 * The key is read (or, on the embedded default, made) once at start.
 */
@Component("sealStage")
public class SealStage implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(SealStage.class);

    private final boolean enabled;
    private final String defaultProfile;
    private final Map<String, SealForm> forms;
    private final boolean demo;

    @Autowired
    public SealStage(SealProperties properties, @Value("${gateway.home:.}") String home) {
        // a String, not a Path: Spring's PathEditor would resolve "." against the servlet docbase
        this(properties, Path.of(home), System::getenv);
    }

    /** A stage with its key from {@code properties}, the demo key under {@code home}, environment variables from {@code environment}. */
    public SealStage(SealProperties properties, Path home, Function<String, String> environment) {
        this.enabled = properties.enabled();
        this.defaultProfile = properties.profile();
        if (!enabled) {
            this.forms = Map.of();
            this.demo = false;
            LOG.warn("sealing is off (gateway.seal.enabled=false): credentials go out unsealed");
            return;
        }
        SealingKey key = properties.keystore() != null
                ? Pkcs12Keystore.load(properties.keystore(), properties.alias(), properties.passwordEnv(),
                        properties.algorithm(), environment::apply)
                : DemoSealingKey.loadOrCreate(properties.demoKeystoreUnder(home), properties.algorithm() != null
                        ? properties.algorithm() : properties.demoAlgorithm());
        this.demo = key.demo();
        this.forms = List.<SealForm>of(new JadesSealer(key, properties.tsaUrl(), properties.signingTimeHeader())).stream()
                .collect(Collectors.toUnmodifiableMap(SealForm::profile, form -> form));
        if (!forms.containsKey(defaultProfile)) {
            throw new IllegalStateException("gateway.seal.profile " + defaultProfile + " is not a known profile: " + forms.keySet());
        }
        LOG.info("sealing with {}, {}, default profile {}", key, properties.tsaUrl() == null ? "JAdES baseline-B" : "JAdES baseline-T",
                defaultProfile);
    }

    @Override
    public void process(Exchange exchange) {
        if (!enabled) {
            return;
        }
        String credential = exchange.getMessage().getBody(String.class);
        if (credential == null || credential.isBlank()) {
            throw new GatewayException(new Finding(Stage.SEAL, "empty-credential", "there is no serialised credential to seal", "body"));
        }
        String profile = exchange.getMessage().getHeader(GatewayHeaders.PROFILE, defaultProfile, String.class);
        SealForm form = forms.get(profile);
        if (form == null) {
            throw new GatewayException(new Finding(Stage.SEAL, "unknown-profile",
                    "no seal form for the output profile " + profile + "; known: " + forms.keySet(), GatewayHeaders.PROFILE));
        }
        String sealed;
        try {
            sealed = form.seal(credential);
        } catch (Exception e) {
            LOG.warn("sealing credential {} failed: {}", exchange.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID), e.toString());
            throw new GatewayException(new Finding(Stage.SEAL, "seal-failed",
                    "the credential could not be sealed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", profile));
        }
        exchange.getMessage().setBody(sealed);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, form.mediaType());
        if (demo) {
            Notes.add(exchange, List.of(new Finding(Stage.SEAL, "demo-seal",
                    "sealed with the gateway's DEMO key and self-signed certificate: no verifier trusts it;"
                            + " set gateway.seal.keystore before issuing real credentials", profile)));
        }
    }
}
