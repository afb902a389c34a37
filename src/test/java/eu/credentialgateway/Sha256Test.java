package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void hashesTheFipsExamples() {
        // FIPS 180-2, appendix B.1 and B.2; and the empty message
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(Sha256.hex(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hashesTextAsUtf8() {
        assertThat(Sha256.hex("Relevé")).isEqualTo(Sha256.hex("Relevé".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Sha256.hex("Relevé".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aDigestFedInPartsHashesTheWhole() {
        MessageDigest parts = Sha256.digest();
        parts.update("ab".getBytes(StandardCharsets.US_ASCII));
        parts.update("c".getBytes(StandardCharsets.US_ASCII));

        assertThat(HexFormat.of().formatHex(parts.digest())).isEqualTo(Sha256.hex("abc"));
        assertThat(Sha256.digest()).isNotSameAs(Sha256.digest());
    }
}
