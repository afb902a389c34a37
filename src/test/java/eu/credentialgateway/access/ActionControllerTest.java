package eu.credentialgateway.access;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/actions: auditors (and admins) only; the filters are checked before the log is asked. */
@ControllerSliceTest(ActionController.class)
class ActionControllerTest {
    @Autowired
    MockMvc http;
    @MockitoBean
    ActionLog log;

    @Test
    void anAuditorListsActionsWithTheFiltersPassedOn() throws Exception {
        ActionLog.Filter filter = new ActionLog.Filter("key:1", "delivery.retry", null, Instant.parse("2026-12-01T00:00:00Z"), null, 5);
        when(log.list(filter)).thenReturn(List.of(new ActionLog.Action(UUID.fromString("00000000-0000-4000-8000-000000000001"),
                Instant.parse("2026-12-02T00:00:00Z"), "key:1", "delivery.retry", "delivery", "d-1", null)));

        http.perform(get("/api/v1/actions?actor=key:1&action=delivery.retry&from=2026-12-01T00:00:00Z&limit=5")
                        .headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.actions[0].action").value("delivery.retry"));
        http.perform(get("/api/v1/actions").headers(SliceSecurity.as(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void anOperatorIsNotAnAuditor() throws Exception {
        http.perform(get("/api/v1/actions").headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }

    @Test
    void aBadLimitOrTimeIs400WithItsCode() throws Exception {
        http.perform(get("/api/v1/actions?limit=0").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:invalid-limit"))
                .andExpect(jsonPath("$.code").value("invalid-limit"));
        http.perform(get("/api/v1/actions?from=yesterday").headers(SliceSecurity.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-time"));
        verify(log, never()).list(any());
    }
}
