package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialIdTest {
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void sameFormatAndContentGiveTheSameId() {
        assertThat(CredentialId.of("elmo", HASH)).isEqualTo(CredentialId.of("elmo", HASH));
    }

    @Test
    void otherContentOrFormatGivesAnotherId() {
        assertThat(CredentialId.of("elmo", HASH)).isNotEqualTo(CredentialId.of("elmo", HASH.replace('9', '8')));
        assertThat(CredentialId.of("elmo", HASH)).isNotEqualTo(CredentialId.of("ob2", HASH));
    }

    @Test
    void isAVersion8UuidUrnThatParsesBack() {
        CredentialId id = CredentialId.of("elmo", HASH);
        assertThat(id.urn()).startsWith("urn:uuid:");
        assertThat(id.uuid().version()).isEqualTo(8);
        assertThat(id.uuid().variant()).isEqualTo(2);
        assertThat(CredentialId.parse(id.urn())).isEqualTo(id);
        assertThat(id.fileStem()).matches("[0-9a-f-]{36}");
    }
}
