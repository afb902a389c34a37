package eu.credentialgateway.seal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.JWSSerializationType;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.jades.JAdESSignatureParameters;
import eu.europa.esig.dss.jades.JAdESSigningTimeType;
import eu.europa.esig.dss.jades.signature.JAdESBuilder;
import eu.europa.esig.dss.jades.signature.JAdESSerializationBuilder;
import eu.europa.esig.dss.jades.signature.JAdESService;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

/**
 * Seals EDC JSON-LD with a JAdES JSON-serialised JWS (ETSI TS 119 182-1) shaped like the official
 * signed EDC samples: {@code {"payload": "<the JSON-LD text>", "signatures": [{"protected", ["header"], "signature"}]}},
 * unencoded payload ({@code b64: false}), protected header {@code alg, cty: octet-stream, kid, x5t#S256,
 * x5c, typ: jose+json, b64, iat|sigT, crit}; with a timestamp authority also {@code adoTst} (content
 * timestamp) and, in the unprotected {@code etsiU}, {@code sigTst} (baseline-T), as the samples carry.
 *
 * <p>Speed and threads: DSS's service first checks whether the document to seal is already a JWS
 * (re-parsing the payload and validating it against DSS's JSON schemas, ~80% of its cost) before
 * every getDataToSign and signDocument. A freshly serialised credential is not, so
 * {@link FreshPayloadService} builds the new signature directly; that path never reaches DSS's shared
 * schema validators and runs on any number of threads (SealConcurrencyTest). The baseline-T step
 * re-reads the seal through them and runs under {@link SchemaValidatorLock}.
 */
final class JadesSealer implements SealForm {
    static final String PROFILE = "edc-jades";
    static final String MEDIA_TYPE = "application/jose+json";
    /** The claimed signer role (srAts) of seals made with the demo key: a verifier shows it beside the signer. */
    static final String DEMO_ROLE = "DEMO seal of a demo issuer - not trusted, not for real credentials";
    private static final String CONTENT_TYPE = "octet-stream";
    private static final byte[] PLACEHOLDER = "{}".getBytes(StandardCharsets.US_ASCII);

    private final SealingKey key;
    private final FreshPayloadService service;
    private final CertificateToken signer;
    private final List<CertificateToken> chain;
    private final boolean timestamped;
    private final JAdESSigningTimeType signingTime;

    JadesSealer(SealingKey key, URI tsaUrl, String signingTimeHeader) {
        this.key = key;
        this.service = new FreshPayloadService(CertificateVerifiers.forSealing());
        this.timestamped = tsaUrl != null;
        if (timestamped) {
            service.setTspSource(new OnlineTSPSource(tsaUrl.toString()));
        }
        this.signer = new CertificateToken(key.certificate());
        this.chain = key.chain().stream().map(CertificateToken::new).toList();
        this.signingTime = "sigT".equals(signingTimeHeader) ? JAdESSigningTimeType.SIG_T : JAdESSigningTimeType.IAT;
    }

    @Override
    public String profile() {
        return PROFILE;
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /** {@code JAdES-BASELINE-T} with a timestamp authority, else {@code JAdES-BASELINE-B}. */
    SignatureLevel level() {
        return timestamped ? SignatureLevel.JAdES_BASELINE_T : SignatureLevel.JAdES_BASELINE_B;
    }

    @Override
    public String signatureFormat() {
        return timestamped ? "JAdES-BASELINE-T" : "JAdES-BASELINE-B";
    }

    @Override
    public String seal(String credential) throws Exception {
        return sealWithTime(credential).text();
    }

    @Override
    public Sealed sealWithTime(String credential) throws Exception {
        // the header holds whole seconds (iat, sigT): the receipt shows the time the seal states
        Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (!timestamped) {
            return new Sealed(UnencodedJwsEnvelope.seal(protectedHeader(signedAt), credential, key), signedAt);
        }
        return sealByDss(credential, signedAt);
    }

    /**
     * DSS's protected header for a seal made at {@code signedAt}, read off the data DSS would sign for a placeholder
     * payload: an enveloping baseline-B header holds no digest of the payload, only the key, certificates and time.
     */
    private String protectedHeader(Instant signedAt) {
        JAdESSignatureParameters parameters = parameters();
        parameters.bLevel().setSigningDate(Date.from(signedAt));
        String signingInput = new String(service.getDataToSign(new InMemoryDocument(PLACEHOLDER), parameters).getBytes(),
                StandardCharsets.US_ASCII);
        return signingInput.substring(0, signingInput.indexOf('.'));
    }

    /**
     * The seal all through DSS: baseline-T needs its TSP plumbing for the content and signature timestamps (and holds
     * the copies UnencodedJwsEnvelope avoids); baseline-B here is the reference the streamed envelope is tested against.
     */
    Sealed sealByDss(String credential, Instant signedAt) throws Exception {
        DSSDocument payload = new InMemoryDocument(credential.getBytes(StandardCharsets.UTF_8));
        JAdESSignatureParameters parameters = parameters();
        parameters.bLevel().setSigningDate(Date.from(signedAt));
        if (timestamped) {
            parameters.setContentTimestamps(List.of(service.getContentTimestamp(payload, parameters)));
        }
        ToBeSigned toBeSigned = service.getDataToSign(payload, parameters);
        SignatureValue value = new SignatureValue(key.algorithm().dss(), key.sign(toBeSigned.getBytes()));
        DSSDocument sealed = timestamped
                ? SchemaValidatorLock.call(() -> service.signDocument(payload, parameters, value))
                : service.signDocument(payload, parameters, value);
        return new Sealed(new String(DSSUtils.toByteArray(sealed), StandardCharsets.UTF_8), signedAt);
    }

    /** Fresh parameters per seal: DSS keeps per-signature state (signing date, context) in them. */
    private JAdESSignatureParameters parameters() {
        JAdESSignatureParameters parameters = new JAdESSignatureParameters();
        parameters.setSignatureLevel(level());
        parameters.setSignaturePackaging(SignaturePackaging.ENVELOPING);
        parameters.setJwsSerializationType(JWSSerializationType.JSON_SERIALIZATION);
        parameters.setBase64UrlEncodedPayload(false);
        parameters.setContentType(CONTENT_TYPE);
        parameters.setIncludeSignatureType(true);
        parameters.setIncludeKeyIdentifier(true);
        parameters.setIncludeCertificateChain(true);
        parameters.setSigningCertificateDigestMethod(DigestAlgorithm.SHA256);
        parameters.setJadesSigningTimeType(signingTime);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(signer);
        parameters.setCertificateChain(chain);
        parameters.setEncryptionAlgorithm(key.algorithm().dss().getEncryptionAlgorithm());
        if (key.demo()) {
            parameters.bLevel().setClaimedSignerRoles(List.of(DEMO_ROLE));
        }
        return parameters;
    }

    /** DSS's JAdES service without the "is the document already a JWS?" pre-check: the payload is always fresh. */
    static final class FreshPayloadService extends JAdESService {
        private static final long serialVersionUID = 1L;

        FreshPayloadService(CertificateVerifier verifier) {
            super(verifier);
        }

        @Override
        protected JAdESBuilder getJAdESBuilder(JAdESSignatureParameters parameters, List<DSSDocument> documentsToSign) {
            return new JAdESSerializationBuilder(certificateVerifier, parameters, documentsToSign);
        }
    }
}
