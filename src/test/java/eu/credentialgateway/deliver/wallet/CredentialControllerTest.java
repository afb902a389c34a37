package eu.credentialgateway.deliver.wallet;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.deliver.AwaitedDeliveries;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * POST /api/v1/wallet/credential: the wallet's own access token decides (the API's key check never meets it): 401
 * with a Bearer challenge without or with a bad token, 403 insufficient_scope for another configuration, 400 for a
 * malformed request; the sealed credential in OpenID4VCI 1.0's shape, never cached. Proofs are checked in
 * ProofCheckTest; here they are not required.
 */
@ControllerSliceTest(CredentialController.class)
@EnableConfigurationProperties(WalletProperties.class)
@Import(IssuerUrl.class)
@TestPropertySource(properties = "gateway.wallet.require-proof=false")
class CredentialControllerTest {
    private static final String JWT = "eyJ0eXAiOiJ2Yytqd3QiLCJhbGciOiJFUzI1NiJ9.eyJqdGkiOiJ1cm46dXVpZDpjIn0.c2ln";
    private static final String REQUEST = "{\"credential_configuration_id\": \"EuropeanDigitalCredential_jwt_vc_json\"}";

    @Autowired
    MockMvc http;
    @MockitoBean
    WalletOffers offers;
    @MockitoBean
    WalletGrants grants;
    @MockitoBean
    AwaitedDeliveries awaited;

    @BeforeEach
    void aRedeemedOffer() {
        when(offers.now()).thenReturn(WalletFixtures.NOW);
        when(grants.offerOf("access-token")).thenReturn(Optional.of(WalletFixtures.OFFER));
        when(offers.find(WalletFixtures.OFFER)).thenReturn(Optional.of(WalletFixtures.redeemed()));
        when(offers.sealedCredential("urn:uuid:c")).thenReturn(Optional.of(JWT));
    }

    @Test
    void theTokensCredentialIsHandedOutAsSealedAndNotCached() throws Exception {
        http.perform(post("/api/v1/wallet/credential").header("Authorization", "Bearer access-token")
                        .contentType(MediaType.APPLICATION_JSON).content(REQUEST))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.credentials[0].credential").value(JWT));
        verify(offers).issued(WalletFixtures.OFFER, null);
        verify(awaited).delivered(WalletFixtures.TASK, 200);
    }

    @Test
    void withoutOrWithABadTokenTheAnswerIs401WithABearerChallenge() throws Exception {
        http.perform(post("/api/v1/wallet/credential").contentType(MediaType.APPLICATION_JSON).content(REQUEST))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.error").doesNotExist());
        http.perform(post("/api/v1/wallet/credential").header("Authorization", "Bearer forged")
                        .contentType(MediaType.APPLICATION_JSON).content(REQUEST))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.error").value("invalid_token"));
        verify(offers, never()).issued(any(), any());
    }

    @Test
    void anotherConfigurationIs403AndAMalformedRequest400() throws Exception {
        http.perform(post("/api/v1/wallet/credential").header("Authorization", "Bearer access-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"credential_configuration_id\": \"OpenBadgeCredential_jwt_vc_json\"}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"insufficient_scope\""))
                .andExpect(jsonPath("$.error").value("insufficient_scope"));
        http.perform(post("/api/v1/wallet/credential").header("Authorization", "Bearer access-token")
                        .contentType(MediaType.APPLICATION_JSON).content("[1]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_credential_request"));
        http.perform(post("/api/v1/wallet/credential").header("Authorization", "Bearer access-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"credential_configuration_id\": \"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unknown_credential_configuration"));
        verify(offers, never()).issued(any(), any());
    }
}
