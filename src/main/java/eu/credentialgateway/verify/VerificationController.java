package eu.credentialgateway.verify;

import eu.credentialgateway.CredentialForm;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Problems;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.ingest.ConversionSlots;
import eu.credentialgateway.ingest.IngestProperties;
import eu.credentialgateway.ingest.PipelineReadiness;
import eu.credentialgateway.ingest.Unavailable;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/verifications}: the body is a sealed credential (JAdES JSON today; further forms
 * plug in as {@link CredentialForm} beans); the answer is 200 with a {@link VerificationReport}, valid or
 * not, or an RFC 9457 problem when the body is not a sealed credential the gateway can read
 * (415 {@code unknown-sealed-form}, 422 {@code unreadable-seal}, 413 {@code too-large}); 503 with {@code Retry-After}
 * ({@code not-ready}, {@code overloaded}) while the pipeline starts or every conversion slot is taken: a verification
 * holds one of the slots of {@code gateway.ingest.max-in-flight} like a conversion.
 */
@RestController
@RequestMapping("/api/v1/verifications")
public class VerificationController {
    private final CredentialVerifier verifier;
    private final long maxSize;
    private final PipelineReadiness readiness;
    private final ConversionSlots slots;
    private final Duration retryAfter;

    public VerificationController(CredentialVerifier verifier, VerifyProperties properties, PipelineReadiness readiness,
                                  ConversionSlots slots, IngestProperties ingest) {
        this.verifier = verifier;
        this.maxSize = properties.maxSize().toBytes();
        this.readiness = readiness;
        this.slots = slots;
        this.retryAfter = ingest.retryAfter();
    }

    @PostMapping
    public ResponseEntity<?> verify(HttpServletRequest request) throws IOException {
        if (!readiness.ready()) {
            slots.refusedNotReady();
            return Unavailable.answer(Unavailable.NOT_READY, retryAfter, request, maxSize);
        }
        long declared = request.getContentLengthLong();
        ConversionSlots.Slot slot = slots.tryTake(declared >= 0 ? declared : maxSize);
        if (slot == null) {
            return Unavailable.answer(Unavailable.OVERLOADED, retryAfter, request, maxSize);
        }
        try (slot) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(verifier.verify(text(request.getInputStream())));
        } catch (GatewayException e) {
            return problem(e);
        }
    }

    private String text(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (bytes.length > maxSize) {
            throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.SEAL, "too-large",
                    "the document is larger than gateway.verify.max-size (" + maxSize + " bytes)", "/")));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.SEAL, "unknown-sealed-form",
                    "the document is not UTF-8 text, so not a sealed credential the gateway verifies", "/")));
        }
    }

    private static ResponseEntity<Map<String, Object>> problem(GatewayException rejected) {
        int status = rejected.rejection().httpStatus();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + rejected.findings().get(0).code());
        problem.put("title", "The document cannot be verified");
        problem.put("status", status);
        problem.put("detail", rejected.getMessage());
        problem.put("code", rejected.findings().get(0).code());
        problem.put("errors", rejected.findings().stream().map(VerificationReport.ReportedFinding::of).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
