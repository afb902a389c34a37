package eu.credentialgateway.api;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import eu.credentialgateway.deliver.DeliveryLedger;
import eu.credentialgateway.record.BatchLog;
import eu.credentialgateway.record.Outcome;
import eu.credentialgateway.record.ReceiptLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/batches/{id}: a batch's counts for operators and auditors, 404 problem for an unknown batch. */
@ControllerSliceTest(BatchController.class)
class BatchControllerTest {
    private static final UUID BATCH = UUID.fromString("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d");
    private static final UUID ROW_INPUT = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    @Autowired
    MockMvc http;
    @MockitoBean
    BatchLog batches;
    @MockitoBean
    ReceiptLog receipts;
    @MockitoBean
    DeliveryLedger deliveries;

    @Test
    void aBatchStillRunningIsInProgressWithItsCountsAndQuarantinedRows() throws Exception {
        when(batches.find(BATCH)).thenReturn(Optional.of(new BatchLog.Batch(BATCH, "csv", "http", Instant.parse("2026-03-01T10:00:00Z"), null)));
        when(batches.countByOutcome(BATCH)).thenReturn(Map.of(Outcome.RECEIVED, 2L, Outcome.CONVERTED, 5L, Outcome.QUARANTINED, 1L));
        when(batches.quarantined(BATCH)).thenReturn(List.of(new BatchLog.Quarantined(ROW_INPUT, 4, "check", "invalid-cell")));
        when(receipts.firstErrorLocations(BATCH)).thenReturn(Map.of(ROW_INPUT, "/row/4/credits"));

        http.perform(get("/api/v1/batches/" + BATCH).headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("in-progress"))
                .andExpect(jsonPath("$.finishedAt").doesNotExist())
                .andExpect(jsonPath("$.counts.received").value(8))
                .andExpect(jsonPath("$.counts.inProgress").value(2))
                .andExpect(jsonPath("$.counts.converted").value(5))
                .andExpect(jsonPath("$.quarantined[0].row").value(4))
                .andExpect(jsonPath("$.quarantined[0].location").value("/row/4/credits"));
    }

    @Test
    void anUnknownBatchIs404AndASubmitterIsRefused() throws Exception {
        http.perform(get("/api/v1/batches/" + BATCH).headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("batch-not-found"));
        http.perform(get("/api/v1/batches/" + BATCH).headers(SliceSecurity.as(Role.SUBMITTER)))
                .andExpect(status().isForbidden());
    }
}
