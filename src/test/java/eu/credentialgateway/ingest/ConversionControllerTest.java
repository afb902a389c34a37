package eu.credentialgateway.ingest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * POST /api/v1/conversions with the pipeline mocked: submitters and operators only; 200 with the Content-Type the
 * pipeline set and the receipt's Link; a rejection as problem+json with its status and code; 503 with Retry-After
 * (not-ready, overloaded) before the pipeline is asked.
 */
@ControllerSliceTest(ConversionController.class)
@EnableConfigurationProperties(IngestProperties.class)
class ConversionControllerTest {
    private static final String DOCUMENT = "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"/>";

    @Autowired
    MockMvc http;
    @Autowired
    IngestProperties properties;
    @MockitoBean
    ProducerTemplate camel;
    @MockitoBean
    BatchConversions batches;
    @MockitoBean
    AdapterCatalog adapters;
    @MockitoBean
    PipelineReadiness readiness;
    @MockitoBean
    ConversionSlots slots;

    @BeforeEach
    void aReadyPipelineWithAFreeSlot() {
        when(camel.getCamelContext()).thenReturn(new DefaultCamelContext());
        when(readiness.ready()).thenReturn(true);
        when(slots.tryTake(anyLong())).thenAnswer(take -> new ConversionSlots(1, Long.MAX_VALUE, null).tryTake(take.getArgument(0)));
    }

    /** The pipeline answers as direct:conversion does: the sealed credential and its type, or the failure it caught. */
    private void pipelineAnswers(Exception caught) {
        when(camel.send(eq("direct:conversion"), any(Exchange.class))).thenAnswer(call -> {
            Exchange exchange = call.getArgument(1);
            if (caught != null) {
                exchange.setProperty(Exchange.EXCEPTION_CAUGHT, caught);
                return exchange;
            }
            exchange.getMessage().setBody("{\"payload\": \"sealed\"}");
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/jose+json");
            exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:3f2c1a5e-0000-4000-8000-00000000e1e0");
            return exchange;
        });
    }

    @Test
    void aConvertedDocumentIs200WithThePipelinesTypeAndTheReceiptLink() throws Exception {
        pipelineAnswers(null);

        String inputId = http.perform(post("/api/v1/conversions?format=elmo").headers(SliceSecurity.as(Role.SUBMITTER))
                        .contentType(MediaType.APPLICATION_XML).content(DOCUMENT))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/jose+json"))
                .andExpect(header().string("X-Gateway-Credential-Id", "urn:uuid:3f2c1a5e-0000-4000-8000-00000000e1e0"))
                .andReturn().getResponse().getHeader("X-Gateway-Input-Id");
        http.perform(post("/api/v1/conversions?format=elmo").headers(SliceSecurity.as(Role.OPERATOR)).content(DOCUMENT))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", org.hamcrest.Matchers.matchesPattern("</api/v1/inputs/[0-9a-f-]{36}>; rel=\"receipt\"")));
        org.assertj.core.api.Assertions.assertThat(inputId).matches("[0-9a-f-]{36}");
    }

    @Test
    void aRejectedDocumentIsAProblemWithTheRejectionsStatusAndFirstCode() throws Exception {
        pipelineAnswers(new GatewayException(Rejection.INVALID, List.of(
                new Finding(Stage.CHECK, "not-well-formed", "the XML is not well-formed", "/"))));

        http.perform(post("/api/v1/conversions?format=elmo").headers(SliceSecurity.as(Role.SUBMITTER)).content(DOCUMENT))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().exists("X-Gateway-Input-Id"))
                .andExpect(jsonPath("$.code").value("not-well-formed"))
                .andExpect(jsonPath("$.errors[0].stage").value("check"));
    }

    @Test
    void anUnexpectedFailureIs500InternalErrorNamingNoDetail() throws Exception {
        pipelineAnswers(new IllegalStateException("learner Jane Doe broke it"));

        http.perform(post("/api/v1/conversions?format=elmo").headers(SliceSecurity.as(Role.SUBMITTER)).content(DOCUMENT))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:internal-error"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Jane Doe"))));
    }

    @Test
    void aNotReadyOrFullGatewayAnswers503WithRetryAfterAndNeverAsksThePipeline() throws Exception {
        String retryAfter = Long.toString(Math.max(1, properties.retryAfter().toSeconds()));
        when(readiness.ready()).thenReturn(false);
        http.perform(post("/api/v1/conversions").headers(SliceSecurity.as(Role.SUBMITTER)).content(DOCUMENT))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", retryAfter))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-ready"));

        when(readiness.ready()).thenReturn(true);
        when(slots.tryTake(anyLong())).thenReturn(null);
        http.perform(post("/api/v1/conversions").headers(SliceSecurity.as(Role.SUBMITTER)).content(DOCUMENT))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", retryAfter))
                .andExpect(jsonPath("$.code").value("overloaded"));
        verify(camel, never()).send(any(String.class), any(Exchange.class));
    }

    @Test
    void onlySubmittersAndOperatorsConvert() throws Exception {
        http.perform(post("/api/v1/conversions").content(DOCUMENT))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"credential-gateway\""));
        for (Role role : List.of(Role.REVIEWER, Role.AUDITOR)) {
            http.perform(post("/api/v1/conversions").headers(SliceSecurity.as(role)).content(DOCUMENT))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        verify(camel, never()).send(any(String.class), any(Exchange.class));
    }
}
