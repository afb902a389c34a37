package eu.credentialgateway.deliver.wallet;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST /api/v1/wallet/token and /nonce: open to wallets; OAuth errors as {"error", "error_description"} with 400,
 * 429 with Retry-After when a client holds too many nonces; tokens never cached.
 */
@ControllerSliceTest(TokenController.class)
@EnableConfigurationProperties(WalletProperties.class)
class TokenControllerTest {
    private static final String GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    @Autowired
    MockMvc http;
    @MockitoBean
    WalletOffers offers;
    @MockitoBean
    WalletGrants grants;
    @MockitoBean
    WalletKeys keys;
    @MockitoBean
    TransactionTemplate transactions;

    @BeforeEach
    void inOneTransaction() {
        when(offers.now()).thenReturn(WalletFixtures.NOW);
        when(transactions.execute(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction(null));
    }

    @Test
    void anOpenCodeBuysABearerTokenThatIsNotCached() throws Exception {
        when(offers.byCode("the-code")).thenReturn(Optional.of(WalletFixtures.open(false)));
        when(offers.redeem(WalletFixtures.OFFER, 5)).thenReturn(true);
        when(grants.issueToken(WalletFixtures.OFFER, Duration.ofMinutes(5))).thenReturn("access-token");

        http.perform(post("/api/v1/wallet/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", GRANT).param("pre-authorized_code", "the-code"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.access_token").value("access-token"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(300));
    }

    @Test
    void grantErrorsAreOAuthErrorsWith400() throws Exception {
        http.perform(post("/api/v1/wallet/token").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("pre-authorized_code", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        http.perform(post("/api/v1/wallet/token").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "password"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unsupported_grant_type"));
        http.perform(post("/api/v1/wallet/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", GRANT).param("pre-authorized_code", "unknown"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.error").value("invalid_grant"));

        when(offers.byCode("the-code")).thenReturn(Optional.of(WalletFixtures.open(true)));
        http.perform(post("/api/v1/wallet/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", GRANT).param("pre-authorized_code", "the-code"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.error_description").value("this offer needs its tx_code"));
        verify(offers, never()).redeem(any(), anyInt());
    }

    @Test
    void aTokenRequestThatIsNotAFormGetsTheOAuthErrorShapeNotAProblem() throws Exception {
        http.perform(post("/api/v1/wallet/token").contentType(MediaType.APPLICATION_JSON).content("{\"grant_type\": \"x\"}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.code").doesNotExist());
    }

    @Test
    void aClientWithTooManyNoncesIsToldWhenToComeBack() throws Exception {
        when(keys.clientKey(anyString())).thenReturn("client");
        when(grants.newNonce(any(), any(), any())).thenReturn(Optional.of("nonce-1"));
        http.perform(post("/api/v1/wallet/nonce"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.c_nonce").value("nonce-1"));

        when(grants.newNonce(any(), any(), any())).thenReturn(Optional.empty());
        when(grants.retryAfter("client")).thenReturn(Duration.ofMillis(2500));
        http.perform(post("/api/v1/wallet/nonce"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "3"))
                .andExpect(jsonPath("$.error").value("temporarily_unavailable"));
    }
}
