package eu.credentialgateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;

/**
 * What the seal stage made of a credential, for its receipt: which form, secured how, with which key, when. It names
 * the ISSUER's key and certificate only, never the learner. The seal stage adds one per form it seals (the output
 * profile's, and the EBSI JWT form made for a target that takes JWTs) to the exchange property
 * {@link GatewayHeaders#SEALS}; the record stage stores them.
 *
 * @param purpose            {@code output} (the form the caller and the targets get) or {@code jwt-form} (the EBSI JWT
 *                           form made besides it for a target that takes JWTs, e.g. a registry)
 * @param profile            the output profile of the form ({@code edc-jades}, {@code ebsi-jwt}, ...)
 * @param mediaType          the media type of the form as delivered
 * @param sealed             false for a form that is never sealed (Turtle, N-Quads) or when sealing is off
 * @param signatureFormat    {@code JAdES-BASELINE-B}, {@code JAdES-BASELINE-T} or {@code JWS-compact}; null when unsealed
 * @param algorithm          the JWS algorithm ({@code ES256}, {@code RS256}, {@code PS256}); null when unsealed
 * @param keyId              the seal key's RFC 7638 JWK thumbprint (the {@code kid} of the EBSI JWT); null when unsealed
 * @param certificateSubject the seal certificate's subject (RFC 2253); null when unsealed
 * @param certificateSha256  the seal certificate's SHA-256 fingerprint, hex (JAdES {@code x5t#S256}); null when unsealed
 * @param signingTime        the signing time written into the seal ({@code iat} / {@code sigT}); null when unsealed
 * @param demo               true when sealed with the gateway's demo key
 * @param credentialId       the credential's id
 */
public record SealRecord(String purpose, String profile, String mediaType, boolean sealed, String signatureFormat,
                         String algorithm, String keyId, String certificateSubject, String certificateSha256,
                         Instant signingTime, boolean demo, String credentialId) {
    /** The purpose of the output profile's form. */
    public static final String OUTPUT = "output";
    /** The purpose of the EBSI JWT form made for targets that take JWTs. */
    public static final String JWT_FORM = "jwt-form";

    public SealRecord {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(profile, "profile");
    }

    private static final ExchangeList<SealRecord> SEALS = new ExchangeList<>(GatewayHeaders.SEALS, SealRecord.class);

    /** Appends {@code seal} to the input's seals. */
    public static void add(Exchange exchange, SealRecord seal) {
        SEALS.addAll(exchange, List.of(seal));
    }

    /** The input's seals, in the order made. */
    public static List<SealRecord> of(Exchange exchange) {
        return SEALS.of(exchange);
    }
}
