package eu.credentialgateway.deliver.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The issuer identifier from configuration and the URLs made from it. */
class IssuerUrlTest {
    static WalletProperties configured(String issuer) {
        return new WalletProperties(issuer == null ? null : URI.create(issuer), Duration.ofDays(14), Duration.ofMinutes(5),
                Duration.ofMinutes(5), new WalletProperties.Nonce(20, 10000), Duration.ofMinutes(5), true,
                new WalletProperties.TxCode(0, 5, "PIN"), "Gateway", "en");
    }

    @Test
    void aConfiguredIssuerWithAPathGivesEndpointsUnderItAndAnEncodedOfferLink() {
        IssuerUrl urls = new IssuerUrl(configured("https://example.edu/gateway/"));
        UUID offer = UUID.fromString("00000000-0000-4000-8000-000000000001");

        assertThat(urls.issuer()).as("no trailing slash").isEqualTo("https://example.edu/gateway");
        assertThat(urls.endpoint("token")).isEqualTo("https://example.edu/gateway/api/v1/wallet/token");
        assertThat(urls.offerUri(offer)).isEqualTo("https://example.edu/gateway/api/v1/wallet/offers/" + offer);
        assertThat(urls.offerLink(offer)).isEqualTo("openid-credential-offer://?credential_offer_uri="
                + "https%3A%2F%2Fexample.edu%2Fgateway%2Fapi%2Fv1%2Fwallet%2Foffers%2F" + offer);
        assertThat(urls.qrUri(offer)).endsWith("/offers/" + offer + "/qr");
    }

    @Test
    void unconfiguredAndOutsideARequestTheUrlsAreRootRelative() {
        assertThat(new IssuerUrl(configured(null)).endpoint("nonce")).isEqualTo("/api/v1/wallet/nonce");
    }

    @Test
    void theMetadataAdvertisesProofsOnlyWhenItRequiresThem() {
        WalletProperties relaxed = new WalletProperties(null, Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofMinutes(5),
                new WalletProperties.Nonce(20, 10000), Duration.ofMinutes(5), false, new WalletProperties.TxCode(0, 5, "PIN"), "Gateway", "en");
        @SuppressWarnings("unchecked")
        var strict = (java.util.Map<String, Object>) CredentialConfigurations.supported(configured(null))
                .get("EuropeanDigitalCredential_jwt_vc_json");
        @SuppressWarnings("unchecked")
        var loose = (java.util.Map<String, Object>) CredentialConfigurations.supported(relaxed)
                .get("EuropeanDigitalCredential_jwt_vc_json");
        assertThat(strict).containsKeys("proof_types_supported", "cryptographic_binding_methods_supported");
        assertThat(loose).doesNotContainKeys("proof_types_supported", "cryptographic_binding_methods_supported");
        assertThat(loose.get("format")).isEqualTo("jwt_vc_json");
    }
}
