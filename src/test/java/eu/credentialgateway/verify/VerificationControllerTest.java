package eu.credentialgateway.verify;

import static org.mockito.ArgumentMatchers.anyLong;
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
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import eu.credentialgateway.ingest.ConversionSlots;
import eu.credentialgateway.ingest.IngestProperties;
import eu.credentialgateway.ingest.PipelineReadiness;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * POST /api/v1/verifications with the verifier mocked: submitters and operators; the report as JSON; 413, 415 and the
 * verifier's refusals as problems with codes; 503 with Retry-After when the pipeline is not ready.
 */
@ControllerSliceTest(VerificationController.class)
@EnableConfigurationProperties({VerifyProperties.class, IngestProperties.class})
@TestPropertySource(properties = {"gateway.verify.max-size=64B", "gateway.ingest.retry-after=7s"})
class VerificationControllerTest {
    private static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJqdGkiOiJ1cm46dXVpZDp4In0.c2ln";

    @Autowired
    MockMvc http;
    @MockitoBean
    CredentialVerifier verifier;
    @MockitoBean
    PipelineReadiness readiness;
    @MockitoBean
    ConversionSlots slots;

    @BeforeEach
    void aReadyGatewayWithAFreeSlot() {
        when(readiness.ready()).thenReturn(true);
        when(slots.tryTake(anyLong())).thenAnswer(take -> new ConversionSlots(1, Long.MAX_VALUE, null).tryTake(take.getArgument(0)));
    }

    @Test
    void aSubmitterGetsTheVerifiersReportForTheBodyItSent() throws Exception {
        when(verifier.verify(TOKEN)).thenReturn(new VerificationReport("ebsi-jwt", true, true, "valid", "urn:uuid:x", null, null, null));

        http.perform(post("/api/v1/verifications").headers(SliceSecurity.as(Role.SUBMITTER)).content(TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.form").value("ebsi-jwt"))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void theVerifiersRefusalIsAProblemWithItsStatusAndCode() throws Exception {
        when(verifier.verify(TOKEN)).thenThrow(new GatewayException(Rejection.UNSUPPORTED_FORMAT,
                List.of(new Finding(Stage.SEAL, "unknown-sealed-form", "not a sealed form the gateway knows", "/"))));

        http.perform(post("/api/v1/verifications").headers(SliceSecurity.as(Role.OPERATOR)).content(TOKEN))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:unknown-sealed-form"))
                .andExpect(jsonPath("$.code").value("unknown-sealed-form"));
    }

    @Test
    void aBodyOverTheLimitIs413AndOneThatIsNoUtf8Is415() throws Exception {
        http.perform(post("/api/v1/verifications").headers(SliceSecurity.as(Role.SUBMITTER)).content("x".repeat(65)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("too-large"));
        http.perform(post("/api/v1/verifications").headers(SliceSecurity.as(Role.SUBMITTER)).content(new byte[] {(byte) 0xC3, 0x28}))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unknown-sealed-form"));
        verify(verifier, never()).verify(anyString());
    }

    @Test
    void aGatewayNotReadyAnswers503WithRetryAfter() throws Exception {
        when(readiness.ready()).thenReturn(false);

        http.perform(post("/api/v1/verifications").headers(SliceSecurity.as(Role.SUBMITTER)).content(TOKEN))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.code").value("not-ready"));
        verify(verifier, never()).verify(anyString());
    }

    @Test
    void aReviewerMayNotVerify() throws Exception {
        http.perform(post("/api/v1/verifications").headers(SliceSecurity.as(Role.REVIEWER)).content(TOKEN))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }
}
