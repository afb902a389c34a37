package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUuidTest {
    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @ParameterizedTest
    @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E",
        " 0f8fad5b-d9cb-469f-a165-70867728950e\n"})
    void readsTheCanonicalFormInAnyCase(String text) {
        assertThat(CanonicalUuid.parse(text)).contains(ID);
        assertThat(CanonicalUuid.of(text)).contains(ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2-3-4-5", "f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e0",
        "0f8fad5bd9cb469fa16570867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e}", "", "../etc"})
    void refusesWhatTheJdkWouldReadAsAnotherUuidOrNone(String text) {
        assertThat(CanonicalUuid.parse(text)).isEmpty();
        assertThat(CanonicalUuid.fromUrn("urn:uuid:" + text)).isEmpty();
    }

    @Test
    void takesAUuidAsItIsAndNothingForNull() {
        assertThat(CanonicalUuid.of(ID)).contains(ID);
        assertThat(CanonicalUuid.of(null)).isEmpty();
        assertThat(CanonicalUuid.parse(null)).isEmpty();
        assertThat(CanonicalUuid.of(42)).isEmpty();
    }

    @Test
    void readsAUrnUuidWithThePrefixInAnyCaseAndRequiresThePrefix() {
        assertThat(CanonicalUuid.fromUrn("urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e")).contains(ID);
        assertThat(CanonicalUuid.fromUrn("URN:UUID:0F8FAD5B-D9CB-469F-A165-70867728950E")).contains(ID);
        assertThat(CanonicalUuid.fromUrn("0f8fad5b-d9cb-469f-a165-70867728950e")).isEmpty();
        assertThat(CanonicalUuid.fromUrn("urn:uuid")).isEmpty();
        assertThat(CanonicalUuid.fromUrn(null)).isEmpty();
    }

    @Test
    void aCredentialIdIsReadAsStrictly() {
        assertThat(CredentialId.parse("urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e").urn())
                .isEqualTo("urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e");
        // UUID.fromString read this as 00000001-0002-0003-0004-000000000005
        assertThatThrownBy(() -> CredentialId.parse("urn:uuid:1-2-3-4-5")).isInstanceOf(IllegalArgumentException.class);
    }
}
