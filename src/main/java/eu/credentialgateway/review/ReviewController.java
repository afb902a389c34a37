package eu.credentialgateway.review;

import eu.credentialgateway.BodyTooLarge;
import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Problems;
import eu.credentialgateway.access.ActionLog;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue over HTTP:
 * <ul>
 * <li>{@code GET /api/v1/reviews[?status=pending|accepted|rejected][&limit=n]}: {@code {"status", "items": [item...]}},
 * oldest first (default pending, limit 100, at most 1000);</li>
 * <li>{@code GET /api/v1/reviews/{id}}: one item: {@code {"id", "text", "lang", "status", "candidates": [{"uri",
 * "label", "score"}], "inputIds", "inputCount", "created", "decided", "chosenUri"}};</li>
 * <li>{@code POST /api/v1/reviews/{id}/accept} with {@code {"uri": "<released ESCO skill URI>"}}: the skill is
 * added whenever the phrase is seen again; {@code POST /api/v1/reviews/{id}/reject}: nothing is added and the phrase
 * is not queued again. Both answer the decided item.</li>
 * </ul>
 * Errors are RFC 9457 problems: 400 (bad status, limit or body), 404 (no item has this id), 409 (decided already),
 * 422 (the uri is not a released ESCO skill).
 */
@RestController
@RequestMapping("/api/v1/reviews")
public class ReviewController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private final ReviewQueue queue;
    private final ActionLog actions;

    public ReviewController(ReviewQueue queue, ActionLog actions) {
        this.queue = queue;
        this.actions = actions;
    }

    /** The list answer. */
    public record Items(String status, List<ReviewItem> items) {
    }

    /** The body of an accept request. */
    public record Acceptance(String uri) {
    }

    @GetMapping
    public ResponseEntity<?> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit) {
        ReviewStatus s = status == null ? ReviewStatus.PENDING : ReviewStatus.fromId(status);
        if (s == null) {
            return problem(new ReviewProblem(HttpStatus.BAD_REQUEST, "bad-review-request", "status must be pending, accepted or rejected"));
        }
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            return problem(new ReviewProblem(HttpStatus.BAD_REQUEST, "bad-review-request", "limit must be between 1 and " + MAX_LIMIT));
        }
        return ResponseEntity.ok(new Items(s.id(), queue.items(s, n)));
    }

    @GetMapping("/{id}")
    public ResponseEntity<?> item(@PathVariable String id) {
        return queue.item(uuid(id)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(new ReviewProblem(HttpStatus.NOT_FOUND, "review-not-found", "there is no review item with this id")));
    }

    @PostMapping("/{id}/accept")
    public ResponseEntity<?> accept(@PathVariable String id, @RequestBody(required = false) Acceptance body) {
        UUID item = uuid(id);
        if (body == null || body.uri() == null || body.uri().isBlank()) {
            throw new ReviewProblem(HttpStatus.BAD_REQUEST, "bad-review-request", "the body must be {\"uri\": \"<ESCO skill URI>\"}");
        }
        ReviewItem accepted = queue.accept(item, body.uri());
        actions.record("review.accept", "review", item.toString(), "uri=" + body.uri().trim());
        return ResponseEntity.ok(accepted);
    }

    @PostMapping("/{id}/reject")
    public ResponseEntity<?> reject(@PathVariable String id) {
        UUID item = uuid(id);
        ReviewItem rejected = queue.reject(item);
        actions.record("review.reject", "review", item.toString(), null);
        return ResponseEntity.ok(rejected);
    }

    @ExceptionHandler(ReviewProblem.class)
    ResponseEntity<ProblemDetail> problem(ReviewProblem p) {
        return Problems.answer(p.status(), p.type(), p.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (BodyTooLarge.causes(e)) {
            return problem(new ReviewProblem(HttpStatus.PAYLOAD_TOO_LARGE, BodyTooLarge.CODE,
                    "the body is larger than the limit of this endpoint (docs/operations.md, Load and overload)"));
        }
        return problem(new ReviewProblem(HttpStatus.BAD_REQUEST, "bad-review-request", "the body is not JSON of the form {\"uri\": \"...\"}"));
    }

    private static UUID uuid(String id) {
        return CanonicalUuid.parse(id).orElseThrow(
                () -> new ReviewProblem(HttpStatus.NOT_FOUND, "review-not-found", "there is no review item with this id"));
    }
}
