package eu.credentialgateway.deliver.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wallet secret's file or setting, and what is derived from it. */
class WalletKeysTest {
    @TempDir
    Path folder;

    @Test
    void theSecretFileIsMadeOwnerOnlyOnFirstStartAndReusedAfter() throws Exception {
        Path file = folder.resolve("data/secrets/wallet.key");
        byte[] made = WalletSecret.load("", file);

        assertThat(made).hasSize(32);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
        assertThat(WalletSecret.load(null, file)).as("read again, not made anew").isEqualTo(made);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void aConfiguredSecretWinsOverTheFileAndBadOnesFailWithoutShowingTheirValue() {
        byte[] secret = new byte[48];
        secret[0] = 7;
        Path file = folder.resolve("never-made.key");
        assertThat(WalletSecret.load(Base64.getEncoder().encodeToString(secret), file)).isEqualTo(secret);
        assertThat(file).doesNotExist();

        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> WalletSecret.load(tooShort, file)).hasMessageContaining("fewer than 32 bytes")
                .hasMessageNotContaining(tooShort);
        assertThatThrownBy(() -> WalletSecret.load("not base64 at all: s3cr3t!", file)).hasMessageContaining("not base64")
                .hasMessageNotContaining("s3cr3t").hasNoCause();
    }

    @Test
    void codesAreFixedPerOfferAndSecretAndUnlikeAnyOther() {
        byte[] secret = new byte[32];
        WalletKeys keys = new WalletKeys(secret);
        UUID offer = UUID.randomUUID();
        String code = keys.preAuthorizedCode(offer);

        assertThat(code).matches("[A-Za-z0-9_-]{43}").isEqualTo(new WalletKeys(secret.clone()).preAuthorizedCode(offer));
        assertThat(keys.preAuthorizedCode(UUID.randomUUID())).isNotEqualTo(code);
        secret[31] = 1;
        WalletKeys other = new WalletKeys(secret);
        assertThat(other.preAuthorizedCode(offer)).as("another secret, another code").isNotEqualTo(code);
        assertThat(other.openTxCode(offer, keys.sealTxCode(offer, "123456"))).as("sealed under another secret").isEmpty();
        assertThat(keys.sealTxCode(offer, "123456")).as("a fresh IV each time").isNotEqualTo(keys.sealTxCode(offer, "123456"));
        assertThat(keys.clientKey("192.0.2.1")).doesNotContain("192").hasSize(64).isNotEqualTo(keys.clientKey("192.0.2.2"));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertThat(TokenController.network("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(TokenController.network("2001:db8:1:2:aaaa::1")).isEqualTo(TokenController.network("2001:db8:1:2:bbbb::9"))
                .isNotEqualTo(TokenController.network("2001:db8:1:3::1"));
    }
}
