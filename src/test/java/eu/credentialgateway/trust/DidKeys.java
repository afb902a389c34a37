package eu.credentialgateway.trust;

import java.math.BigInteger;
import java.security.PublicKey;
import java.util.Arrays;

/** The {@code did:key} of an Ed25519 public key (multicodec 0xed01, base58btc), for tests. */
public final class DidKeys {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private DidKeys() {
    }

    public static String of(PublicKey ed25519) {
        byte[] encoded = ed25519.getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        byte[] multicodec = new byte[34];
        multicodec[0] = (byte) 0xed;
        multicodec[1] = 0x01;
        System.arraycopy(raw, 0, multicodec, 2, 32);
        StringBuilder base58 = new StringBuilder();
        BigInteger value = new BigInteger(1, multicodec);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BigInteger.valueOf(58));
            base58.insert(0, ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        return "did:key:z" + base58;
    }
}
