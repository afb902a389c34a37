package eu.credentialgateway.deliver;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /api/v1/deliveries: operators and auditors read (only an operator sees a detail's secrets), operators retry
 * (202, or 409 not-retryable); unknown ids and bad filters are problems with codes.
 */
@ControllerSliceTest(DeliveryController.class)
class DeliveryControllerTest {
    private static final UUID DELIVERY = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");

    @Autowired
    MockMvc http;
    @MockitoBean
    DeliveryLedger ledger;
    @MockitoBean
    DeliveryStore store;
    @MockitoBean
    Wakeup wakeup;
    @MockitoBean
    ActionLog actions;
    @MockitoBean
    DeliveryDetail offerDetail;

    private static Delivery delivery(DeliveryState state) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        return new Delivery(DELIVERY, "urn:uuid:c", UUID.fromString("0c6f3a52-8c1e-4f59-9a43-2d0f6b7c9e11"), "elmo", "wallet", state,
                3, null, 503, "HTTP 503", at, at, null);
    }

    @BeforeEach
    void aWalletOfferDetailWithASecret() {
        when(offerDetail.name()).thenReturn("walletOffer");
        when(offerDetail.detailOf(any(), eq(true))).thenReturn(Optional.of("pin 1234"));
        when(offerDetail.detailOf(any(), eq(false))).thenReturn(Optional.of("pin withheld"));
    }

    @Test
    void anOperatorSeesTheDetailsSecretAnAuditorDoesNot() throws Exception {
        when(ledger.find(DELIVERY)).thenReturn(Optional.of(delivery(DeliveryState.GIVEN_UP)));

        http.perform(get("/api/v1/deliveries/" + DELIVERY).headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.delivery.state").value("given-up"))
                .andExpect(jsonPath("$.walletOffer").value("pin 1234"));
        http.perform(get("/api/v1/deliveries/" + DELIVERY).headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.walletOffer").value("pin withheld"));
    }

    @Test
    void anOperatorRetriesAGivenUpDeliveryAndTheDispatcherIsWoken() throws Exception {
        when(ledger.find(DELIVERY)).thenReturn(Optional.of(delivery(DeliveryState.PENDING)));
        when(store.rearm(DELIVERY)).thenReturn(true);

        http.perform(post("/api/v1/deliveries/" + DELIVERY + "/retry").headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.delivery.state").value("pending"));
        verify(wakeup).ring();
        verify(actions).record("delivery.retry", "delivery", DELIVERY.toString(), null);
    }

    @Test
    void aDeliveredOneIsNotRetryableAndAnAuditorMayNotRetry() throws Exception {
        when(ledger.find(DELIVERY)).thenReturn(Optional.of(delivery(DeliveryState.DELIVERED)));

        http.perform(post("/api/v1/deliveries/" + DELIVERY + "/retry").headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-retryable"));
        http.perform(post("/api/v1/deliveries/" + DELIVERY + "/retry").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isForbidden());
        verify(wakeup, never()).ring();
    }

    @Test
    void unknownIdsAndBadFiltersAreProblems() throws Exception {
        http.perform(get("/api/v1/deliveries/" + UUID.randomUUID()).headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:delivery-not-found"));
        http.perform(get("/api/v1/deliveries?state=lost").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-state"));
        http.perform(get("/api/v1/deliveries?inputId=42").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input-id"));
        http.perform(get("/api/v1/deliveries?limit=1001").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-limit"));
        verify(offerDetail, never()).detailOf(any(), anyBoolean());
    }
}
