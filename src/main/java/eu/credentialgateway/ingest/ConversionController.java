package eu.credentialgateway.ingest;

import eu.credentialgateway.Failure;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Step;
import eu.credentialgateway.access.Caller;
import eu.credentialgateway.adapter.AdapterCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/v1/conversions}: the document is the request body; the answer is the credential
 * (200, in the output profile the request asks for with {@code ?profile=} or {@code Accept}, else the configured one;
 * default {@code edc-jades}: {@code application/jose+json}, the JAdES JSON around the EDC JSON-LD; unsealed:
 * {@code application/ld+json}; the Content-Type the pipeline's last stage set) or an RFC 9457 problem listing every
 * finding (413, 415, 422; 400 for an unknown {@code profile}, 406 for an {@code Accept} no profile can meet), or 503
 * with {@code Retry-After} before anything is read or quarantined ({@code not-ready}: the pipeline is starting or
 * stopping; {@code overloaded}: {@link ConversionSlots} full).
 *
 * <p>A converted document's answer carries {@code X-Gateway-Input-Id} and {@code Link: </api/v1/inputs/<id>>; rel="receipt"};
 * a batch's, {@code X-Gateway-Batch-Id} and {@code Location: /api/v1/batches/<id>}.
 *
 * <p>{@code ?format=} names the format (else it is detected); {@code ?targets=registry,kafka} names the delivery
 * targets of this document, or of every row of a batch (else configuration chooses, see the deliver package).
 *
 * <p>A Spring MVC controller rather than a Camel platform-http route because it hands Camel the
 * request stream itself, so the size bound is enforced while reading instead of after buffering.
 * The conversion is the same {@code direct:conversion} route the inboxes use (routes/http.yaml).
 */
@RestController
@RequestMapping("/api/v1/conversions")
public class ConversionController {
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final int HEAD = 64 * 1024;
    private final ProducerTemplate camel;
    private final BatchConversions batches;

    private final FormatDetector detector;
    private final PipelineReadiness readiness;
    private final ConversionSlots slots;
    private final IngestProperties properties;

    public ConversionController(ProducerTemplate camel, BatchConversions batches, AdapterCatalog adapters,
                                PipelineReadiness readiness, ConversionSlots slots, IngestProperties properties) {
        this.camel = camel;
        this.batches = batches;
        this.detector = new FormatDetector(adapters);
        this.readiness = readiness;
        this.slots = slots;
        this.properties = properties;
    }

    /**
     * Converts the body, or answers 503 with {@code Retry-After} before reading it: {@code not-ready} while the
     * pipeline starts or stops, {@code overloaded} when {@code gateway.ingest.max-in-flight} conversions already run.
     */
    @PostMapping
    public ResponseEntity<?> convert(HttpServletRequest request) throws IOException {
        if (!readiness.ready()) {
            slots.refusedNotReady();
            return Unavailable.answer(Unavailable.NOT_READY, properties.retryAfter(), request, properties.maxSize().toBytes());
        }
        long declared = request.getContentLengthLong();
        // an upload of unknown length weighs what it may become
        ConversionSlots.Slot slot = slots.tryTake(declared >= 0 ? declared : properties.maxSize().toBytes());
        if (slot == null) {
            return Unavailable.answer(Unavailable.OVERLOADED, properties.retryAfter(), request, properties.maxSize().toBytes());
        }
        try (slot) {
            return convertInSlot(request);
        }
    }

    private ResponseEntity<?> convertInSlot(HttpServletRequest request) throws IOException {
        // The format comes from the query string alone: asking the servlet API for a parameter would
        // make it read a form-encoded body (curl's default for --data-binary) and leave the document empty.
        MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams();
        String format = query.getFirst("format");
        RequestedProfile requested = RequestedProfile.of(query.getFirst("profile"), request.getHeader(HttpHeaders.ACCEPT));
        if (requested.refusal() != null) {
            return requested.refusal();
        }
        // delivery targets for this document (or every row of this batch), e.g. targets=registry,kafka
        String targets = query.getFirst("targets");
        BufferedInputStream body = new BufferedInputStream(request.getInputStream(), HEAD);
        body.mark(HEAD);
        byte[] head = body.readNBytes(HEAD);
        body.reset();
        String rowFormat = batches.rowFormatOf(format == null || format.isBlank() ? null : format, head);
        Caller caller = Caller.current().orElse(null);
        Submission submission = Submission.of(caller, format, rowFormat, targets, () -> detector.detectOrNull(head));
        if (submission.refusal() != null) {
            return submission.refusal();
        }
        boolean workbook = BatchConversions.namesWorkbook(format);
        format = submission.format();
        if (rowFormat != null) {
            Map<String, Object> headers = submission.headers();
            if (workbook) {
                headers = new java.util.HashMap<>(headers);
                headers.put(GatewayHeaders.WORKBOOK, true);
            }
            return batch(body, rowFormat, requested.profile(), targets, headers);
        }
        Exchange exchange = new DefaultExchange(camel.getCamelContext());
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "http");
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, UUID.randomUUID().toString());
        exchange.getMessage().getHeaders().putAll(submission.headers());
        if (format != null && !format.isBlank()) {
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format.trim());
        }
        if (requested.profile() != null) {
            exchange.getMessage().setHeader(GatewayHeaders.PROFILE, requested.profile());
        }
        if (targets != null && !targets.isBlank()) {
            exchange.getMessage().setHeader(GatewayHeaders.TARGETS, targets.trim());
        }
        Exchange done = camel.send("direct:conversion", exchange);
        Throwable failure = done.getException() != null ? done.getException() : done.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String inputId = done.getMessage().getHeader(GatewayHeaders.INPUT_ID, String.class);
        if (failure != null) {
            return problem(failure, inputId, done.getProperty(GatewayHeaders.FAILED_STEP, Step.class));
        }
        String contentType = done.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        return ResponseEntity.ok()
                .contentType(contentType == null ? JSON_LD : MediaType.parseMediaType(contentType))
                .header("X-Gateway-Input-Id", inputId)
                .header(HttpHeaders.LINK, "</api/v1/inputs/" + inputId + ">; rel=\"receipt\"")
                .header("X-Gateway-Credential-Id", done.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class))
                .body(done.getMessage().getBody(String.class));
    }

    /**
     * A CSV file or XLSX workbook: every row is converted on its own; 200 with the per-row summary
     * ({@link BatchSummary}) with {@code X-Gateway-Batch-Id} and {@code Location: /api/v1/batches/<id>} (the batch's summary
     * from the audit trail, deliveries included), or a problem when the file as a whole cannot be read.
     */
    private ResponseEntity<?> batch(InputStream body, String rowFormat, String profile, String targets,
                                    Map<String, Object> headers) throws IOException {
        Exchange done = batches.convert(body, rowFormat, profile, targets, headers);
        Throwable failure = done.getException() != null ? done.getException() : done.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String inputId = done.getMessage().getHeader(GatewayHeaders.INPUT_ID, String.class);
        if (failure != null) {
            return problem(failure, inputId, done.getProperty(GatewayHeaders.FAILED_STEP, Step.class));
        }
        BatchSummary summary = done.getMessage().getBody(BatchSummary.class);
        if (summary == null) {
            summary = BatchOutcomes.summaryOf(done);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Gateway-Batch-Id", summary.batchId())
                .header(HttpHeaders.LOCATION, "/api/v1/batches/" + summary.batchId())
                .body(summary);
    }

    private static ResponseEntity<Map<String, Object>> problem(Throwable failure, String inputId, Step failedStep) {
        Step step = failedStep == null ? Step.INGEST : failedStep;
        GatewayException rejected = failure instanceof GatewayException g ? g
                : new GatewayException(Rejection.INVALID, List.of(new Finding(step.stage(), "internal-error",
                        "the gateway could not process the document (" + failure.getClass().getSimpleName() + "); it is kept in quarantine", "/")));
        // not a rejection of the document: an unexpected exception, or a step that ran out of memory or stack
        boolean internal = !(failure instanceof GatewayException)
                || Failure.INTERNAL_ERROR.equals(rejected.findings().get(0).code());
        int status = internal ? 500 : rejected.rejection().httpStatus();
        Map<String, Object> body = ProblemDocument.of(rejected, step, status, inputId);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Gateway-Input-Id", inputId)
                .body(body);
    }
}
