package eu.credentialgateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Problems;
import eu.credentialgateway.deliver.DeliveryLedger;
import eu.credentialgateway.deliver.DeliveryState;
import eu.credentialgateway.record.BatchLog;
import eu.credentialgateway.record.Outcome;
import eu.credentialgateway.record.ReceiptLog;
import java.time.Instant;
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
 * {@code GET /api/v1/batches/{id}}: the summary of one batch (a CSV file or XLSX workbook split row by row;
 * docs/receipts-and-batches.md): {@code status} ({@code in-progress} until the last row is done, then {@code finished}), {@code startedAt},
 * {@code finishedAt}, {@code counts} of its inputs per outcome ({@code received} = all, {@code inProgress},
 * {@code converted}, {@code quarantined}, {@code duplicate}), {@code deliveries} per target and state and their
 * {@code deliveryTotals}, and the {@code quarantined} inputs with their row and first error (stage, code, location).
 * 404 (problem, {@code batch-not-found}) for an id that names no batch.
 */
@RestController
@RequestMapping("/api/v1/batches")
public class BatchController {
    private final BatchLog batches;
    private final ReceiptLog receipts;
    private final DeliveryLedger deliveries;

    public BatchController(BatchLog batches, ReceiptLog receipts, ObjectProvider<DeliveryLedger> deliveries) {
        this.batches = batches;
        this.receipts = receipts;
        this.deliveries = deliveries.getIfAvailable();
    }

    /** The answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(UUID batchId, String format, String source, String status, Instant startedAt, Instant finishedAt,
                   Map<String, Long> counts, Map<String, Map<String, Long>> deliveries, Map<String, Long> deliveryTotals,
                   List<QuarantinedRow> quarantined) {
    }

    /** A quarantined input of the batch: its row (absent for the file as a whole) and its first error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuarantinedRow(UUID inputId, Integer row, String errorStage, String errorCode, String location) {
    }

    @GetMapping("/{id}")
    public ResponseEntity<?> summary(@PathVariable String id) {
        UUID batchId = uuid(id);
        BatchLog.Batch batch = batchId == null ? null : batches.find(batchId).orElse(null);
        Map<Outcome, Long> outcomes = batchId == null ? Map.of() : batches.countByOutcome(batchId);
        if (batch == null && outcomes.isEmpty()) {
            return Problems.answer(HttpStatus.NOT_FOUND, "batch-not-found", "there is no batch with this id");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("received", outcomes.values().stream().mapToLong(Long::longValue).sum());
        counts.put("inProgress", outcomes.getOrDefault(Outcome.RECEIVED, 0L));
        for (Outcome outcome : List.of(Outcome.CONVERTED, Outcome.QUARANTINED, Outcome.DUPLICATE, Outcome.INTERRUPTED)) {
            counts.put(outcome.id(), outcomes.getOrDefault(outcome, 0L));
        }
        Map<String, Map<String, Long>> perTarget = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (DeliveryState state : DeliveryState.values()) {
            totals.put(state.id(), 0L);
        }
        if (deliveries != null) {
            deliveries.countByTargetAndState(batchId).forEach((target, states) -> {
                Map<String, Long> byState = new LinkedHashMap<>();
                states.forEach((state, n) -> {
                    byState.put(state.id(), n);
                    totals.merge(state.id(), n, Long::sum);
                });
                perTarget.put(target, byState);
            });
        }
        totals.put("total", totals.values().stream().mapToLong(Long::longValue).sum());
        Map<UUID, String> locations = receipts.firstErrorLocations(batchId);
        List<QuarantinedRow> quarantined = batches.quarantined(batchId).stream().map(q -> new QuarantinedRow(q.inputId(), q.row(),
                q.errorStage(), q.errorCode(), blankToNull(locations.get(q.inputId())))).toList();
        boolean finished = batch != null ? batch.finishedAt() != null : counts.get("inProgress") == 0;
        Instant finishedAt = batch != null ? batch.finishedAt() : finished ? batches.lastFinished(batchId) : null;
        return ResponseEntity.ok(new Summary(batchId, batch == null ? null : batch.format(), batch == null ? null : batch.source(),
                finished ? "finished" : "in-progress", batch == null ? null : batch.startedAt(), finishedAt, counts, perTarget, totals,
                quarantined));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static UUID uuid(String id) {
        return CanonicalUuid.parse(id).orElse(null);
    }
}
