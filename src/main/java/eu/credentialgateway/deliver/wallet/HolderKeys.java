package eu.credentialgateway.deliver.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import eu.credentialgateway.Multibase;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The public key a proof names by {@code kid}: {@code did:key} (Ed25519, multicodec 0xed; P-256, 0x1200, compressed
 * point) or {@code did:jwk}; any fragment is ignored. Nothing is resolved over the network.
 */
final class HolderKeys {
    private HolderKeys() {
    }

    static JWK fromKid(String kid) {
        String did = kid.contains("#") ? kid.substring(0, kid.indexOf('#')) : kid;
        try {
            if (did.startsWith("did:key:z")) {
                return didKey(Multibase.decode(did.substring("did:key:".length()))
                        .orElseThrow(() -> new IllegalArgumentException("not base58")));
            }
            if (did.startsWith("did:jwk:")) {
                String json = new String(Base64.getUrlDecoder().decode(did.substring("did:jwk:".length())), StandardCharsets.UTF_8);
                return JWK.parse(json);
            }
        } catch (IllegalArgumentException | ParseException malformed) {
            throw WalletError.badRequest("invalid_proof", "the proof's kid is a malformed DID");
        }
        throw WalletError.badRequest("invalid_proof", "the proof's kid must be a did:key or did:jwk (or send the key as jwk)");
    }

    private static JWK didKey(byte[] multicodec) {
        if (multicodec.length == 34 && (multicodec[0] & 0xff) == 0xed && multicodec[1] == 0x01) {
            return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(Arrays.copyOfRange(multicodec, 2, 34))).build();
        }
        if (multicodec.length == 35 && (multicodec[0] & 0xff) == 0x80 && multicodec[1] == 0x24) {
            ECPoint point = ECNamedCurveTable.getParameterSpec("secp256r1").getCurve()
                    .decodePoint(Arrays.copyOfRange(multicodec, 2, 35)).normalize();
            return new ECKey.Builder(Curve.P_256, Base64URL.encode(unsigned(point.getAffineXCoord().toBigInteger())),
                    Base64URL.encode(unsigned(point.getAffineYCoord().toBigInteger()))).build();
        }
        throw WalletError.badRequest("invalid_proof", "the proof's did:key is neither an Ed25519 nor a P-256 key");
    }

    /** The SHA-256 JWK thumbprint (RFC 7638), base64url. */
    static String thumbprint(JWK key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw WalletError.badRequest("invalid_proof", "the proof's key has no thumbprint");
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
        return out;
    }
}
