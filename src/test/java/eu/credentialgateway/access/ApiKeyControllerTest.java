package eu.credentialgateway.access;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/api-keys: admins only; 201 with Location and no-store for a new key, 400/404/409 problems with codes. */
@ControllerSliceTest(ApiKeyController.class)
class ApiKeyControllerTest {
    private static final UUID KEY = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");

    @Autowired
    MockMvc http;
    @MockitoBean
    ApiKeyStore keys;
    @MockitoBean
    ActionLog actions;

    @BeforeEach
    void callers() {
        SliceSecurity.knowOneKeyPerRole(keys);
    }

    private static ApiKey key(Set<Role> roles, Instant revokedAt) {
        return new ApiKey(KEY, "registrar office", roles, Set.of(), Set.of(), Set.of(), Instant.parse("2026-01-01T00:00:00Z"),
                "key:admin", revokedAt, revokedAt == null ? null : "key:admin");
    }

    @Test
    void anAdminMakesAKeyAnsweredOnceWithItsLocationAndNeverCached() throws Exception {
        when(keys.create(eq("registrar office"), eq(Set.of(Role.SUBMITTER)), eq(Set.of("elmo")), eq(Set.of()), eq(Set.of()), anyString()))
                .thenReturn(new ApiKeyStore.Made(key(Set.of(Role.SUBMITTER), null), "the-new-secret"));

        http.perform(post("/api/v1/api-keys").headers(SliceSecurity.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"registrar office\", \"roles\": [\"submitter\"], \"formats\": [\"elmo\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/api-keys/" + KEY))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.key").value("the-new-secret"))
                .andExpect(jsonPath("$.roles[0]").value("submitter"));
        verify(actions).record("api-key.create", "api-key", KEY.toString(), "roles=submitter");
    }

    @Test
    void anOperatorMayNotTouchKeys() throws Exception {
        http.perform(get("/api/v1/api-keys").headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forbidden"));
        http.perform(post("/api/v1/api-keys").headers(SliceSecurity.as(Role.AUDITOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"roles\": [\"admin\"]}"))
                .andExpect(status().isForbidden());
        verify(keys, never()).create(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aRequestWithoutNameOrWithAnUnknownRoleIs400() throws Exception {
        http.perform(post("/api/v1/api-keys").headers(SliceSecurity.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"submitter\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-key-request"));
        http.perform(post("/api/v1/api-keys").headers(SliceSecurity.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"roles\": [\"superuser\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown role 'superuser'")));
    }

    @Test
    void malformedJsonAndAnUnknownMethodAreProblemsWithCodes() throws Exception {
        http.perform(post("/api/v1/api-keys").headers(SliceSecurity.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unreadable-body"));
        http.perform(put("/api/v1/api-keys/" + KEY).headers(SliceSecurity.as(Role.ADMIN)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:method-not-allowed"));
        verify(keys, never()).create(any(), any(), any(), any(), any(), any());
    }

    @Test
    void revokingIs204ThenAConflictAndAnUnknownKeyIs404() throws Exception {
        when(keys.find(KEY)).thenReturn(Optional.of(key(Set.of(Role.SUBMITTER), null)));
        when(keys.revoke(eq(KEY), anyString())).thenReturn(true);
        http.perform(delete("/api/v1/api-keys/" + KEY).headers(SliceSecurity.as(Role.ADMIN)))
                .andExpect(status().isNoContent());

        when(keys.find(KEY)).thenReturn(Optional.of(key(Set.of(Role.SUBMITTER), Instant.parse("2026-02-01T00:00:00Z"))));
        http.perform(delete("/api/v1/api-keys/" + KEY).headers(SliceSecurity.as(Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("key-revoked"));

        http.perform(get("/api/v1/api-keys/" + UUID.randomUUID()).headers(SliceSecurity.as(Role.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("key-not-found"));
    }

    @Test
    void theLastAdminKeyIsNotRevokedWithoutAnIdentityProvider() throws Exception {
        when(keys.find(KEY)).thenReturn(Optional.of(key(Set.of(Role.ADMIN), null)));
        when(keys.activeAdmins()).thenReturn(1L);

        http.perform(delete("/api/v1/api-keys/" + KEY).headers(SliceSecurity.as(Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("last-admin-key"));
        verify(keys, never()).revoke(any(), any());
    }
}
