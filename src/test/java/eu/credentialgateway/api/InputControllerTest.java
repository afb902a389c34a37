package eu.credentialgateway.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.mockito.Mockito.when;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import eu.credentialgateway.deliver.DeliveryLedger;
import eu.credentialgateway.record.AlignmentLog;
import eu.credentialgateway.record.AuditEntry;
import eu.credentialgateway.record.AuditTrail;
import eu.credentialgateway.record.Outcome;
import eu.credentialgateway.record.ReceiptLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/inputs/{id}: the receipt for operators and auditors, 404 problem for an id that names no input. */
@ControllerSliceTest(InputController.class)
class InputControllerTest {
    private static final UUID INPUT = UUID.fromString("5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");

    @Autowired
    MockMvc http;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    AlignmentLog alignments;
    @MockitoBean
    ReceiptLog receipts;
    @MockitoBean
    DeliveryLedger deliveries;

    @Test
    void aSubmitterMayNotReadReceipts() throws Exception {
        http.perform(get("/api/v1/inputs/" + INPUT).headers(SliceSecurity.as(Role.SUBMITTER)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        http.perform(get("/api/v1/inputs/" + INPUT)).andExpect(status().isUnauthorized());
    }

    @Test
    void anAuditorReadsAQuarantinedInputsReceipt() throws Exception {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        when(trail.find(INPUT)).thenReturn(Optional.of(new AuditEntry(INPUT, "sha256:ab", "elmo", "http", at, at.plusSeconds(2),
                Outcome.QUARANTINED, null, "check", "not-well-formed", "line 3", null, null, null, "key:x")));
        when(receipts.steps(INPUT)).thenReturn(List.of(new ReceiptLog.StoredStep(1, "check", false, at, 1500)));
        when(receipts.findings(INPUT)).thenReturn(List.of(new ReceiptLog.StoredFinding(1, "error", "check", "not-well-formed", "/")));

        http.perform(get("/api/v1/inputs/" + INPUT).headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("quarantined"))
                .andExpect(jsonPath("$.stages[0].step").value("check"))
                .andExpect(jsonPath("$.stages[0].outcome").value("failed"))
                .andExpect(jsonPath("$.stages[0].findings[0].code").value("not-well-formed"))
                .andExpect(jsonPath("$.events[0].type").value("received"))
                .andExpect(jsonPath("$.events[1].type").value("quarantined"))
                .andExpect(jsonPath("$.events[1].errorCode").value("not-well-formed"));
    }

    @Test
    void anIdThatNamesNoInputIs404() throws Exception {
        for (String id : List.of(INPUT.toString(), "not-a-uuid")) {
            http.perform(get("/api/v1/inputs/" + id).headers(SliceSecurity.as(Role.OPERATOR)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:input-not-found"))
                    .andExpect(jsonPath("$.code").value("input-not-found"));
        }
    }
}
