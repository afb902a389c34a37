package eu.credentialgateway.access;

import eu.credentialgateway.Problems;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/actions?actor=&action=&objectId=&from=&to=&limit=} (auditor, admin): who did what, newest first.
 * {@code from}/{@code to} are ISO-8601 instants ({@code to} exclusive); {@code limit} 1..1000, default 100.
 */
@RestController
@RequestMapping("/api/v1/actions")
class ActionController {
    private final ActionLog log;

    ActionController(ActionLog log) {
        this.log = log;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                           @RequestParam(required = false) String objectId, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            return problem("invalid-limit", "limit must be 1..1000");
        }
        Instant since;
        Instant until;
        try {
            since = from == null || from.isBlank() ? null : Instant.parse(from.trim());
            until = to == null || to.isBlank() ? null : Instant.parse(to.trim());
        } catch (DateTimeParseException e) {
            return problem("invalid-time", "from and to must be ISO-8601 instants, e.g. 2026-12-01T00:00:00Z");
        }
        List<ActionLog.Action> actions = log.list(new ActionLog.Filter(blankToNull(actor), blankToNull(action),
                blankToNull(objectId), since, until, limit));
        return ResponseEntity.ok(Map.of("actions", actions, "count", actions.size()));
    }

    static ResponseEntity<ProblemDetail> problem(String code, String detail) {
        return problem(HttpStatus.BAD_REQUEST, code, detail);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        return Problems.answer(status, code, detail);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
