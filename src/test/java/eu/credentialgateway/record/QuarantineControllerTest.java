package eu.credentialgateway.record;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import eu.credentialgateway.quarantine.QuarantineStore;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** DELETE /api/v1/quarantine/{inputId}: operators only, 204 when removed, 404 problem otherwise. */
@ControllerSliceTest(QuarantineController.class)
class QuarantineControllerTest {
    private static final UUID INPUT = UUID.fromString("0c6f3a52-8c1e-4f59-9a43-2d0f6b7c9e11");

    @Autowired
    MockMvc http;
    @MockitoBean
    QuarantineStore store;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    ActionLog actions;

    @Test
    void withoutAKeyTheAnswerIs401WithABearerChallenge() throws Exception {
        http.perform(delete("/api/v1/quarantine/" + INPUT))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"credential-gateway\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unauthenticated"))
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:unauthenticated"));
        verify(store, never()).delete(any());
    }

    @Test
    void anUnknownKeyIs401AndIsNotEchoed() throws Exception {
        http.perform(delete("/api/v1/quarantine/" + INPUT).header(SliceSecurity.HEADER, "made-up-secret"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("made-up-secret"))));
    }

    @Test
    void anAuditorMayNotDelete() throws Exception {
        http.perform(delete("/api/v1/quarantine/" + INPUT).headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(store, never()).delete(any());
    }

    @Test
    void anOperatorDeletesAnEntryAndTheActionIsRecordedUnderTheKey() throws Exception {
        when(store.delete(INPUT)).thenReturn(true);
        when(trail.quarantineDeleted(INPUT, SliceSecurity.actor(Role.OPERATOR))).thenReturn(true);

        http.perform(delete("/api/v1/quarantine/" + INPUT).headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
        verify(actions).record(SliceSecurity.actor(Role.OPERATOR), "quarantine.delete", "input", INPUT.toString(), null);
    }

    @Test
    void anIdWithNoEntryOrNoUuidIs404() throws Exception {
        http.perform(delete("/api/v1/quarantine/" + INPUT).headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:quarantine-entry-not-found"))
                .andExpect(jsonPath("$.code").value("quarantine-entry-not-found"));
        http.perform(delete("/api/v1/quarantine/not-a-uuid").headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("quarantine-entry-not-found"));
        verify(actions, never()).record(any(), any(), any(), any(), any());
    }
}
