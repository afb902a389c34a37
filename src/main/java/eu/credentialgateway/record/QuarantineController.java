package eu.credentialgateway.record;

import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Problems;
import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.access.Caller;
import eu.credentialgateway.quarantine.QuarantineStore;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/v1/quarantine/{inputId}} (operator): removes one quarantine entry's files (original bytes and
 * reason) before its retention ends, e.g. at a learner's request. The audit row stays and says when and by whom
 * (the receipt's {@code quarantine-deleted} event); the action is recorded as {@code quarantine.delete} with the
 * input id. 204 when removed; 404 (problem {@code quarantine-entry-not-found}) for an id with no entry, whether it
 * never had one or it was removed already.
 */
@RestController
@RequestMapping("/api/v1/quarantine")
public class QuarantineController {
    static final String DELETE_ACTION = "quarantine.delete";

    private final QuarantineStore store;
    private final AuditTrail trail;
    private final ActionLog actions;

    public QuarantineController(QuarantineStore store, AuditTrail trail, ActionLog actions) {
        this.store = store;
        this.trail = trail;
        this.actions = actions;
    }

    @DeleteMapping("/{inputId}")
    public ResponseEntity<?> delete(@PathVariable String inputId) {
        UUID id = CanonicalUuid.parse(inputId).orElse(null);
        if (id == null || !store.delete(id)) {
            return Problems.answer(HttpStatus.NOT_FOUND, "quarantine-entry-not-found", "there is no quarantine entry with this input id");
        }
        String actor = Caller.currentActor();
        boolean marked = trail.quarantineDeleted(id, actor);
        actions.record(actor, DELETE_ACTION, "input", id.toString(), marked ? null : "no audit row for this input");
        return ResponseEntity.noContent().build();
    }
}
