package eu.credentialgateway.deliver;

import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Problems;
import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.access.Caller;
import eu.credentialgateway.access.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of deliveries: {@code GET /api/v1/deliveries?state=&target=&inputId=&limit=} lists tasks,
 * {@code GET /api/v1/deliveries/{id}} shows one with its attempts and its target's details ({@link DeliveryDetail}), {@code POST /api/v1/deliveries/{id}/retry}
 * re-arms a given-up or failed-retrying task (202). Errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryLedger ledger;
    private final DeliveryStore store;
    private final Wakeup wakeup;
    private final List<DeliveryDetail> details;

    private final ActionLog actions;

    DeliveryController(DeliveryLedger ledger, DeliveryStore store, Wakeup wakeup, List<DeliveryDetail> details, ActionLog actions) {
        this.actions = actions;
        this.ledger = ledger;
        this.store = store;
        this.wakeup = wakeup;
        this.details = List.copyOf(details);
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String state, @RequestParam(required = false) String target,
                           @RequestParam(required = false) String inputId, @RequestParam(defaultValue = "100") int limit) {
        DeliveryState wanted;
        try {
            wanted = state == null || state.isBlank() ? null : DeliveryState.fromId(state);
        } catch (IllegalArgumentException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-state", unknown.getMessage());
        }
        if (limit < 1 || limit > 1000) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-limit", "limit must be 1..1000");
        }
        String only = target == null || target.isBlank() ? null : target.trim();
        List<Delivery> deliveries;
        if (inputId != null && !inputId.isBlank()) {
            UUID input = uuid(inputId.trim());
            if (input == null) {
                return problem(HttpStatus.BAD_REQUEST, "invalid-input-id", "inputId must be a UUID");
            }
            DeliveryState inState = wanted;
            deliveries = ledger.deliveriesFor(input).stream()
                    .filter(d -> (inState == null || d.state() == inState) && (only == null || d.target().equals(only)))
                    .limit(limit).toList();
        } else {
            deliveries = ledger.list(wanted, only, limit);
        }
        return ResponseEntity.ok(Map.of("deliveries", deliveries, "count", deliveries.size()));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id) {
        UUID deliveryId = uuid(id);
        if (deliveryId == null) {
            return notFound();
        }
        return ledger.find(deliveryId).<ResponseEntity<?>>map(delivery -> ResponseEntity.ok(withAttempts(delivery)))
                .orElseGet(DeliveryController::notFound);
    }

    @PostMapping("/{id}/retry")
    ResponseEntity<?> retry(@PathVariable String id) {
        UUID deliveryId = uuid(id);
        if (deliveryId == null || ledger.find(deliveryId).isEmpty()) {
            return notFound();
        }
        if (!store.rearm(deliveryId)) {
            Delivery delivery = ledger.find(deliveryId).orElseThrow();
            return problem(HttpStatus.CONFLICT, "not-retryable", "only a given-up or failed-retrying delivery can be retried;"
                    + " this one is " + delivery.state().id());
        }
        actions.record("delivery.retry", "delivery", deliveryId.toString(), null);
        wakeup.ring();
        return ResponseEntity.accepted().body(withAttempts(ledger.find(deliveryId).orElseThrow()));
    }

    private Map<String, Object> withAttempts(Delivery delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delivery", delivery);
        body.put("attempts", ledger.attempts(delivery.id()));
        // an auditor sees the delivery, never its secrets (a wallet offer's PIN); an operator's read is recorded
        boolean showSecrets = Caller.current().map(c -> c.has(Role.OPERATOR)).orElse(false);
        for (DeliveryDetail detail : details) {
            detail.detailOf(delivery, showSecrets).ifPresent(value -> body.put(detail.name(), value));
        }
        return body;
    }

    private static ResponseEntity<?> notFound() {
        return problem(HttpStatus.NOT_FOUND, "delivery-not-found", "no delivery with that id");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        return Problems.answer(status, code, detail);
    }

    private static UUID uuid(String text) {
        return CanonicalUuid.parse(text).orElse(null);
    }
}
