package eu.credentialgateway.deliver.wallet;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.access.SliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The two .well-known documents: open to anyone (a wallet has no key), JSON, revalidated on every use. */
@ControllerSliceTest(IssuerMetadataController.class)
@EnableConfigurationProperties(WalletProperties.class)
@Import(IssuerUrl.class)
class IssuerMetadataControllerTest {
    @Autowired
    MockMvc http;

    @Test
    void theIssuerMetadataNamesTheEndpointsUnderTheRequestsOrigin() throws Exception {
        http.perform(get("/.well-known/openid-credential-issuer"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(jsonPath("$.credential_issuer").value("http://localhost"))
                .andExpect(jsonPath("$.credential_endpoint").value("http://localhost/api/v1/wallet/credential"))
                .andExpect(jsonPath("$.nonce_endpoint").value("http://localhost/api/v1/wallet/nonce"))
                .andExpect(jsonPath("$.credential_configurations_supported.EuropeanDigitalCredential_jwt_vc_json.format").value("jwt_vc_json"));
    }

    @Test
    void theAuthorizationServerMetadataOffersOnlyThePreAuthorizedGrantEvenToABadKey() throws Exception {
        http.perform(get("/.well-known/oauth-authorization-server").header(SliceSecurity.HEADER, "not-a-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_endpoint").value("http://localhost/api/v1/wallet/token"))
                .andExpect(jsonPath("$.grant_types_supported[0]").value("urn:ietf:params:oauth:grant-type:pre-authorized_code"))
                .andExpect(jsonPath("$.grant_types_supported.length()").value(1));
    }
}
