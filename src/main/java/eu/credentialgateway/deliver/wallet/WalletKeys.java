package eu.credentialgateway.deliver.wallet;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the wallet secret ({@link WalletSecret}) keys, each with a key of its own derived from it (HMAC-SHA256 of a
 * label), so that no two uses share one:
 * <ul>
 * <li>the pre-authorised code of an offer, HMAC of its id (256 bits): served by the offer endpoint, never stored (the
 * database keeps its SHA-256, as for tokens);</li>
 * <li>the PIN check, HMAC of offer id and PIN: keyed, since a plain hash of a 6-digit PIN falls to a million guesses;</li>
 * <li>the PIN sealed with AES-256-GCM (the offer id as associated data, so a sealed PIN cannot be moved to another
 * offer), for showing it to operators while the offer is open;</li>
 * <li>a nonce client's key, HMAC of its address: a plain hash of an IPv4 address is reversed by trying all 2^32.</li>
 * </ul>
 */
@Component
class WalletKeys {
    private static final String HMAC = "HmacSHA256";
    private static final int GCM_IV_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;

    private final SecretKeySpec codeKey;
    private final SecretKeySpec pinCheckKey;
    private final SecretKeySpec pinSealKey;
    private final SecretKeySpec clientKey;

    @Autowired
    WalletKeys(@Value("${gateway.wallet.secret:}") String secret,
               @Value("${gateway.wallet.secret-file:${gateway.home:.}/data/secrets/wallet.key}") Path secretFile) {
        this(WalletSecret.load(secret, secretFile));
    }

    WalletKeys(byte[] secret) {
        SecretKeySpec master = new SecretKeySpec(secret, HMAC);
        codeKey = new SecretKeySpec(mac(master, "pre-authorized_code"), HMAC);
        pinCheckKey = new SecretKeySpec(mac(master, "tx_code check"), HMAC);
        pinSealKey = new SecretKeySpec(mac(master, "tx_code seal"), "AES");
        clientKey = new SecretKeySpec(mac(master, "nonce client"), HMAC);
    }

    /** The offer's pre-authorised code (base64url, 43 characters): the same for the same offer and secret. */
    String preAuthorizedCode(UUID offerId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(codeKey, "pre-authorized_code|" + offerId));
    }

    /** What is stored to check a PIN (hex). */
    String txCodeCheck(UUID offerId, String txCode) {
        return HexFormat.of().formatHex(mac(pinCheckKey, offerId + "|" + txCode));
    }

    /** Whether {@code txCode} is the PIN {@code check} was made of, in time independent of where they differ. */
    boolean txCodeMatches(UUID offerId, String txCode, String check) {
        return check != null && MessageDigest.isEqual(txCodeCheck(offerId, txCode).getBytes(StandardCharsets.US_ASCII),
                check.getBytes(StandardCharsets.US_ASCII));
    }

    /** The PIN encrypted for this offer: base64url of a random 96-bit IV and the AES-GCM ciphertext with its tag. */
    String sealTxCode(UUID offerId, String txCode) {
        try {
            byte[] iv = new byte[GCM_IV_BYTES];
            WalletOffers.RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, pinSealKey, new GCMParameterSpec(GCM_TAG_BITS, iv));
            cipher.updateAAD(offerId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(txCode.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", impossible);
        }
    }

    /** The PIN {@link #sealTxCode} sealed for this offer; empty when it was sealed under another secret or offer. */
    Optional<String> openTxCode(UUID offerId, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, pinSealKey, new GCMParameterSpec(GCM_TAG_BITS, bytes, 0, GCM_IV_BYTES));
            cipher.updateAAD(offerId.toString().getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new String(cipher.doFinal(bytes, GCM_IV_BYTES, bytes.length - GCM_IV_BYTES), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** A client's key for the nonce bound (hex): its address never reaches the database. */
    String clientKey(String address) {
        return HexFormat.of().formatHex(mac(clientKey, "nonce client|" + address));
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", impossible);
        }
    }
}
