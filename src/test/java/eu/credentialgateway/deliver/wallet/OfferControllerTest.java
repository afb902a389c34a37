package eu.credentialgateway.deliver.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/wallet/offers/{id}[/qr]: open to wallets; 404 unknown, 410 used or expired, never cached. */
@ControllerSliceTest(OfferController.class)
@EnableConfigurationProperties(WalletProperties.class)
@Import(IssuerUrl.class)
class OfferControllerTest {
    private static final String PATH = "/api/v1/wallet/offers/" + WalletFixtures.OFFER;

    @Autowired
    MockMvc http;
    @MockitoBean
    WalletOffers offers;
    @MockitoBean
    WalletKeys keys;

    @BeforeEach
    void now() {
        when(offers.now()).thenReturn(WalletFixtures.NOW);
        when(keys.preAuthorizedCode(WalletFixtures.OFFER)).thenReturn("derived-code");
    }

    @Test
    void anOpenOfferGivesItsPreAuthorizedCodeAndSaysWhenAPinIsNeeded() throws Exception {
        when(offers.find(WalletFixtures.OFFER)).thenReturn(Optional.of(WalletFixtures.open(true)));

        http.perform(get(PATH))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.credential_issuer").value("http://localhost"))
                .andExpect(jsonPath("$.credential_configuration_ids[0]").value("EuropeanDigitalCredential_jwt_vc_json"))
                .andExpect(jsonPath("$.grants['urn:ietf:params:oauth:grant-type:pre-authorized_code']['pre-authorized_code']").value("derived-code"))
                .andExpect(jsonPath("$.grants['urn:ietf:params:oauth:grant-type:pre-authorized_code'].tx_code.input_mode").value("numeric"));
    }

    @Test
    void theQrCodeIsAPng() throws Exception {
        when(offers.find(WalletFixtures.OFFER)).thenReturn(Optional.of(WalletFixtures.open(false)));

        byte[] png = http.perform(get(PATH + "/qr"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    @Test
    void anUnknownOfferIs404AndAnExpiredOrUsedOneIs410() throws Exception {
        http.perform(get(PATH))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("offer_not_found"));
        http.perform(get("/api/v1/wallet/offers/not-a-uuid/qr"))
                .andExpect(status().isNotFound());

        when(offers.find(WalletFixtures.OFFER)).thenReturn(Optional.of(WalletFixtures.expired()));
        http.perform(get(PATH))
                .andExpect(status().isGone())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.error").value("offer_not_open"));
        when(offers.find(WalletFixtures.OFFER)).thenReturn(Optional.of(WalletFixtures.redeemed()));
        http.perform(get(PATH + "/qr")).andExpect(status().isGone());
    }
}
