package eu.credentialgateway.api;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Problems;
import eu.credentialgateway.deliver.Delivery;
import eu.credentialgateway.deliver.DeliveryAttempt;
import eu.credentialgateway.deliver.DeliveryLedger;
import eu.credentialgateway.record.AlignmentLog;
import eu.credentialgateway.record.AuditEntry;
import eu.credentialgateway.record.AuditTrail;
import eu.credentialgateway.record.Outcome;
import eu.credentialgateway.record.ReceiptLog;
import eu.credentialgateway.record.RetentionMarks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/inputs/{id}}: the receipt of one input, the whole story of it ({@link ReceiptView}, docs/receipts-and-batches.md):
 * <ul>
 * <li>{@code status} ({@code received} = in progress, {@code converted}, {@code quarantined}, {@code duplicate}),
 * {@code credentialId};</li>
 * <li>{@code received} (at, format, source, contentHash, batchId, batchRow, submittedBy: the API key or token subject) and {@code finished} (at, outcome, errorStage,
 * errorCode, errorSummary, duplicateOf; absent while in progress);</li>
 * <li>{@code stages}: every {@code gateway:<step>} it went through, in order, {@code passed} or {@code failed}, with the
 * notes and errors each left (severity, stage, code, location); {@code findings}: those no step claims;</li>
 * <li>{@code alignments}: every alignment decision in the order taken ({@link AlignmentDecision});</li>
 * <li>{@code seals}: the form sealed (profile, media type, signature format, algorithm, key id, certificate subject and
 * SHA-256, signing time, demo, credential id), and the EBSI JWT form made for a registry;</li>
 * <li>{@code deliveries}: per target the task's state and every attempt (time, outcome, HTTP status, error, next
 * attempt); for a converted or duplicate input those of its credential, whichever input stored it;</li>
 * <li>{@code events}: the audit trail's milestones, {@code received} then how it ended (kept as before), then what retention
 * removed: {@code quarantine-deleted} (at, by) and {@code details-purged} (at, how many findings and alignments there were).</li>
 * </ul>
 * 404 (RFC 9457 problem, type {@code urn:credential-gateway:problem:input-not-found}) for an id that names no input.
 */
@RestController
@RequestMapping("/api/v1/inputs")
public class InputController {
    private final AuditTrail trail;
    private final AlignmentLog alignments;
    private final ReceiptLog receipts;
    private final DeliveryLedger deliveries;

    public InputController(AuditTrail trail, AlignmentLog alignments, ReceiptLog receipts, ObjectProvider<DeliveryLedger> deliveries) {
        this.trail = trail;
        this.alignments = alignments;
        this.receipts = receipts;
        this.deliveries = deliveries.getIfAvailable();
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
            return Problems.answer(HttpStatus.NOT_FOUND, "input-not-found", "there is no input with this id");
        }
        List<Alignment> decisions = alignments.of(inputId).stream().map(r -> Alignment.of(r.decision())).toList();
        List<ReceiptLog.StoredFinding> findings = receipts.findings(inputId);
        List<ReceiptView.StepView> stages = receipts.steps(inputId).stream().map(step -> new ReceiptView.StepView(step.step(),
                step.passed() ? "passed" : "failed", step.startedAt(), step.durationUs() / 1000.0,
                findings.stream().filter(f -> Integer.valueOf(step.seq()).equals(f.stepSeq())).map(ReceiptView.FindingView::of).toList()))
                .toList();
        List<ReceiptView.FindingView> unplaced = findings.stream().filter(f -> f.stepSeq() == null).map(ReceiptView.FindingView::of).toList();
        List<ReceiptView.SealView> seals = receipts.seals(inputId).stream().map(ReceiptView.SealView::of).toList();
        return ResponseEntity.ok(new ReceiptView(inputId, entry.outcome().id(), entry.credentialId(), ReceiptView.Received.of(entry),
                ReceiptView.Finished.of(entry), stages, unplaced, decisions, seals, deliveries(entry),
                events(entry, trail.retentionMarks(inputId).orElse(null))));
    }

    /** The deliveries of the input's credential: by credential for a converted or duplicate input, else by input. */
    private List<ReceiptView.DeliveryView> deliveries(AuditEntry entry) {
        if (deliveries == null) {
            return List.of();
        }
        boolean made = (entry.outcome() == Outcome.CONVERTED || entry.outcome() == Outcome.DUPLICATE) && entry.credentialId() != null;
        List<Delivery> tasks = made ? deliveries.deliveriesOfCredential(entry.credentialId()) : deliveries.deliveriesFor(entry.inputId());
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<DeliveryAttempt> attempts = made ? deliveries.attemptsOfCredential(entry.credentialId()) : deliveries.attemptsFor(entry.inputId());
        return tasks.stream().map(task -> ReceiptView.DeliveryView.of(task, entry.inputId(), attempts)).toList();
    }

    /** The milestones, then what retention removed: {@code quarantine-deleted} (at, by), {@code details-purged} (at, counts). */
    static List<Map<String, Object>> events(AuditEntry e, RetentionMarks marks) {
        List<Map<String, Object>> events = events(e);
        if (marks != null && marks.quarantineDeletedAt() != null) {
            Map<String, Object> deleted = event("quarantine-deleted", marks.quarantineDeletedAt());
            put(deleted, "by", marks.quarantineDeletedBy());
            events.add(deleted);
        }
        if (marks != null && marks.detailsPurgedAt() != null) {
            Map<String, Object> purged = event("details-purged", marks.detailsPurgedAt());
            put(purged, "findings", marks.findingCount());
            put(purged, "alignments", marks.alignmentCount());
            events.add(purged);
        }
        return events;
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
        return CanonicalUuid.parse(id).orElse(null);
    }
}
