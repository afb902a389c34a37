package eu.credentialgateway.record;

import eu.credentialgateway.AlignmentDecision;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/inputs/{id}}: the receipt of one input, {@code {"inputId", "events": [...], "alignments": [...]}}.
 * <ul>
 * <li>{@code events}, oldest first, each {@code {"type", "at", ...}}: {@code received} (with {@code format},
 * {@code source}, {@code contentHash}, {@code batchId}) and how it ended, {@code converted}, {@code quarantined} or
 * {@code duplicate} (with {@code credentialId}, {@code errorStage}, {@code errorCode}, {@code errorSummary},
 * {@code duplicateOf}); members without a value are left out. Later stages (seal, delivery attempts) add their own
 * event types to the same list.</li>
 * <li>{@code alignments}: every alignment decision in the order taken, {@code {"kind", "subject", "property",
 * "text", "lang", "target", "score", "decision", "reason", "source", "reviewId"}} (see
 * {@link AlignmentDecision}).</li>
 * </ul>
 * 404 (RFC 9457 problem) for an id that names no input.
 */
@RestController
@RequestMapping("/api/v1/inputs")
public class InputController {
    private final AuditTrail trail;
    private final AlignmentLog alignments;

    public InputController(AuditTrail trail, AlignmentLog alignments) {
        this.trail = trail;
        this.alignments = alignments;
    }

    /** The answer. */
    public record Receipt(UUID inputId, List<Map<String, Object>> events, List<Alignment> alignments) {
    }

    /** One alignment decision as the receipt shows it. */
    public record Alignment(String kind, String subject, String property, String text, String lang, String target, Double score,
                            String decision, String reason, String source, UUID reviewId) {
        static Alignment of(AlignmentDecision d) {
            return new Alignment(d.kind().id(), d.subject(), d.property(), d.text(), d.lang(), d.target(), d.score(),
                    d.decision().id(), d.reason(), d.source(), d.reviewId());
        }
    }

    @GetMapping("/{id}")
    public ResponseEntity<?> receipt(@PathVariable String id) {
        UUID inputId = uuid(id);
        AuditEntry entry = inputId == null ? null : trail.find(inputId).orElse(null);
        if (entry == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "there is no input with this id");
            problem.setType(URI.create("urn:credential-gateway:problem:input-not-found"));
            problem.setTitle("Not Found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        List<Alignment> decisions = alignments.of(inputId).stream().map(r -> Alignment.of(r.decision())).toList();
        return ResponseEntity.ok(new Receipt(inputId, events(entry), decisions));
    }

    static List<Map<String, Object>> events(AuditEntry e) {
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Object> received = event("received", e.receivedAt());
        put(received, "format", e.format());
        put(received, "source", e.source());
        put(received, "contentHash", e.contentHash());
        put(received, "batchId", e.batchId());
        events.add(received);
        if (e.outcome() != Outcome.RECEIVED) {
            Map<String, Object> ended = event(e.outcome().id(), e.finishedAt());
            put(ended, "credentialId", e.credentialId());
            put(ended, "errorStage", e.errorStage());
            put(ended, "errorCode", e.errorCode());
            put(ended, "errorSummary", e.errorSummary());
            put(ended, "duplicateOf", e.duplicateOf());
            events.add(ended);
        }
        return events;
    }

    private static Map<String, Object> event(String type, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        put(event, "at", at == null ? null : at.toString());
        return event;
    }

    private static void put(Map<String, Object> event, String name, Object value) {
        if (value != null) {
            event.put(name, value instanceof UUID u ? u.toString() : value);
        }
    }

    private static UUID uuid(String id) {
        try {
            UUID parsed = UUID.fromString(id.strip());
            return parsed.toString().equalsIgnoreCase(id.strip()) ? parsed : null;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
