package eu.credentialgateway.seal;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.LogValues;
import eu.credentialgateway.Notes;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.SealRecord;
import eu.credentialgateway.Sha256;
import eu.credentialgateway.Stage;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 *
 * <p>Also: the EBSI JWT form registries take ({@link GatewayHeaders#JWT_FORM}) is the sealed body itself for the
 * {@code ebsi-jwt} profile, and for any other profile the seal of the EBSI form the profile stage derived besides it
 * ({@link GatewayHeaders#EBSI_FORM}, only when a delivery target takes JWTs). Every form sealed is described for the
 * receipt ({@link SealRecord}: profile, media type, signature format, algorithm, key id, certificate, signing time).
 */
@Component("sealStage")
public class SealStage implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(SealStage.class);

    private final boolean enabled;
    private final String defaultProfile;
    private final Map<String, SealForm> forms;
    private final boolean demo;
    private final List<X509Certificate> certificates;
    private final String algorithm;
    private final String keyId;
    private final String subject;
    private final String fingerprint;

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
            this.certificates = List.of();
            this.algorithm = null;
            this.keyId = null;
            this.subject = null;
            this.fingerprint = null;
            LOG.warn("sealing is off (gateway.seal.enabled=false): credentials go out unsealed");
            return;
        }
        SealingKey key = properties.keystore() != null
                ? Pkcs12Keystore.load(properties.keystore(), properties.alias(), properties.passwordEnv(),
                        properties.algorithm(), environment::apply)
                : DemoSealingKey.loadOrCreate(properties.demoKeystoreUnder(home), properties.algorithm() != null
                        ? properties.algorithm() : properties.demoAlgorithm());
        this.demo = key.demo();
        this.certificates = key.chain();
        this.algorithm = key.algorithm().name();
        this.subject = key.certificate().getSubjectX500Principal().getName();
        this.fingerprint = sha256(key.certificate());
        try {
            this.keyId = JwtSealer.publicJwk(key.certificate()).computeThumbprint().toString();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("the seal key has no JWK thumbprint: " + e.getMessage(), e);
        }
        this.forms = Stream.concat(Stream.of(new JadesSealer(key, properties.tsaUrl(), properties.signingTimeHeader())),
                        ProfileForms.of(key, Clock.systemUTC()).stream())
                .collect(Collectors.toUnmodifiableMap(SealForm::profile, form -> form));
        if (!forms.containsKey(defaultProfile)) {
            throw new IllegalStateException("gateway.seal.profile " + defaultProfile + " is not a known profile: " + forms.keySet());
        }
        LOG.info("sealing with {}, {}, default profile {}", key, properties.tsaUrl() == null ? "JAdES baseline-B" : "JAdES baseline-T",
                defaultProfile);
    }

    /** The seal key's certificate chain, signer first (the verifier recognises the gateway's own key by it); empty when sealing is off. */
    List<X509Certificate> certificates() {
        return certificates;
    }

    /** True when sealing with the self-made demo key, whose certificate no verifier should trust. */
    boolean demoKey() {
        return demo;
    }

    @Override
    public void process(Exchange exchange) {
        String credentialId = exchange.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        if (!enabled) {
            String profile = exchange.getMessage().getHeader(GatewayHeaders.PROFILE, defaultProfile, String.class);
            SealRecord.add(exchange, new SealRecord(SealRecord.OUTPUT, profile, exchange.getMessage().getHeader(Exchange.CONTENT_TYPE,
                    String.class), false, null, null, null, null, null, null, false, credentialId));
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
        SealForm.Sealed sealed = seal(form, credential, credentialId);
        exchange.getMessage().setBody(sealed.text());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, form.mediaType());
        SealRecord.add(exchange, describe(SealRecord.OUTPUT, form, sealed, credentialId));
        String ebsiJwt = OutputProfile.EBSI_JWT.id();
        String ebsiForm = exchange.getProperty(GatewayHeaders.EBSI_FORM, String.class);
        exchange.removeProperty(GatewayHeaders.EBSI_FORM);
        if (ebsiJwt.equals(profile)) {
            exchange.setProperty(GatewayHeaders.JWT_FORM, sealed.text());
        } else if (ebsiForm != null) {
            SealForm jwt = forms.get(ebsiJwt);
            SealForm.Sealed jwtForm = seal(jwt, ebsiForm, credentialId);
            exchange.setProperty(GatewayHeaders.JWT_FORM, jwtForm.text());
            SealRecord.add(exchange, describe(SealRecord.JWT_FORM, jwt, jwtForm, credentialId));
        }
        if (demo && !(form instanceof UnsealedForm)) {
            Notes.add(exchange, List.of(new Finding(Stage.SEAL, "demo-seal",
                    "sealed with the gateway's DEMO key and self-signed certificate: no verifier trusts it;"
                            + " set gateway.seal.keystore before issuing real credentials", profile)));
        }
    }

    private static SealForm.Sealed seal(SealForm form, String credential, Object credentialId) {
        try {
            return form.sealWithTime(credential);
        } catch (Exception e) {
            // the class, and the message escaped and cut: a library's message can quote what it was given
            LOG.warn("sealing credential {} failed: {}", credentialId, LogValues.safe(e.toString()));
            throw new GatewayException(new Finding(Stage.SEAL, "seal-failed",
                    "the credential could not be sealed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", form.profile()));
        }
    }

    private SealRecord describe(String purpose, SealForm form, SealForm.Sealed sealed, String credentialId) {
        boolean isSealed = form.signatureFormat() != null;
        return new SealRecord(purpose, form.profile(), form.mediaType(), isSealed, form.signatureFormat(),
                isSealed ? algorithm : null, isSealed ? keyId : null, isSealed ? subject : null, isSealed ? fingerprint : null,
                sealed.signingTime(), isSealed && demo, credentialId);
    }

    private static String sha256(X509Certificate certificate) {
        try {
            return Sha256.hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the seal certificate cannot be hashed", e);
        }
    }
}
