package eu.credentialgateway.ingest;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/v1/conversions}: the document is the request body; the answer is the credential
 * (200, {@code application/ld+json}) or an RFC 9457 problem listing every finding (413, 415, 422).
 *
 * <p>A Spring MVC controller rather than a Camel platform-http route because it hands Camel the
 * request stream itself, so the size bound is enforced while reading instead of after buffering.
 * The conversion is the same {@code direct:conversion} route the inboxes use (routes/http.yaml).
 */
@RestController
@RequestMapping("/api/v1/conversions")
public class ConversionController {
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private final ProducerTemplate camel;

    public ConversionController(ProducerTemplate camel) {
        this.camel = camel;
    }

    @PostMapping
    public ResponseEntity<?> convert(HttpServletRequest request) throws IOException {
        // The format comes from the query string alone: asking the servlet API for a parameter would
        // make it read a form-encoded body (curl's default for --data-binary) and leave the document empty.
        String format = UriComponentsBuilder.newInstance().query(request.getQueryString()).build()
                .getQueryParams().getFirst("format");
        Exchange exchange = new DefaultExchange(camel.getCamelContext());
        exchange.getMessage().setBody(request.getInputStream());
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "http");
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, UUID.randomUUID().toString());
        if (format != null && !format.isBlank()) {
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format.trim());
        }
        Exchange done = camel.send("direct:conversion", exchange);
        Throwable failure = done.getException() != null ? done.getException() : done.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String inputId = done.getMessage().getHeader(GatewayHeaders.INPUT_ID, String.class);
        if (failure != null) {
            return problem(failure, inputId);
        }
        return ResponseEntity.ok()
                .contentType(JSON_LD)
                .header("X-Gateway-Input-Id", inputId)
                .header("X-Gateway-Credential-Id", done.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class))
                .body(done.getMessage().getBody(String.class));
    }

    private static ResponseEntity<Map<String, Object>> problem(Throwable failure, String inputId) {
        GatewayException rejected = failure instanceof GatewayException g ? g
                : new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.INGEST, "internal-error",
                        "the gateway could not process the document (" + failure.getClass().getSimpleName() + "); it is kept in quarantine", "/")));
        boolean internal = !(failure instanceof GatewayException);
        int status = internal ? 500 : rejected.rejection().httpStatus();
        Map<String, Object> body = ProblemDocument.of(rejected, status, inputId);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Gateway-Input-Id", inputId)
                .body(body);
    }
}
