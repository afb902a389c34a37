package eu.credentialgateway.seal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.impl.ECDSA;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * A JWS in JSON serialisation with an unencoded payload (RFC 7797, {@code b64: false}), written straight from the
 * payload's bytes: the signature runs over {@code ASCII(protected) || '.' || payload} fed to the signer in place, and
 * the envelope {@code {"payload", "signatures": [{"protected", "signature"}]}} is written once into a buffer sized for it.
 *
 * <p>Why not DSS's own writer: for a 60 MB credential (a 19 MB ELMO transcript of 10,000 courses) DSS's
 * getDataToSign + signDocument held about 550 MB of copies of the payload at once (signing input as string and bytes,
 * twice, the escaped JSON in a growing builder, the document bytes), which ended a 1 GB heap
 * (OverloadProcessTest's long form, heap histograms in the commit). Here the copies are the payload bytes and the
 * envelope. The protected header itself is still DSS's (see {@link JadesSealer}), so the seal is the same JAdES
 * baseline-B signature, byte for byte (JadesSealerTest).
 */
final class UnencodedJwsEnvelope {
    private static final JsonFactory JSON = new JsonFactory();

    private UnencodedJwsEnvelope() {
    }

    /** The sealed envelope of {@code payload} under the base64url {@code protectedHeader}, signed with {@code key}. */
    static String seal(String protectedHeader, String payload, SealingKey key) throws GeneralSecurityException, IOException, JOSEException {
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        byte[] signature = key.sign(protectedHeader.getBytes(StandardCharsets.US_ASCII), new byte[] {'.'}, payloadBytes);
        if (key.algorithm().isEc()) {
            // the JCA gives ECDSA signatures DER-encoded; JWS wants R || S (RFC 7518 section 3.4)
            signature = ECDSA.transcodeSignatureToConcat(signature, ECDSA.getSignatureByteArrayLength(JWSAlgorithm.ES256));
        }
        payloadBytes = null; // the signer is done with them: let a large payload go before the envelope is written
        // escaping adds a backslash to each quote and line break of the JSON-LD text: about an eighth, measured
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length() + payload.length() / 6 + protectedHeader.length() + 1024);
        try (JsonGenerator envelope = JSON.createGenerator(out)) {
            envelope.writeStartObject();
            envelope.writeStringField("payload", payload);
            envelope.writeArrayFieldStart("signatures");
            envelope.writeStartObject();
            envelope.writeStringField("protected", protectedHeader);
            envelope.writeStringField("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
            envelope.writeEndObject();
            envelope.writeEndArray();
            envelope.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
