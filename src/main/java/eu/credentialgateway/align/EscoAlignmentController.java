package eu.credentialgateway.align;

import eu.credentialgateway.Problems;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/alignments/esco?text=...&lang=...&limit=...}: what the matcher would do with a phrase,
 * so integrators and reviewers can see it. Answer (200, JSON): {@code {"lang": "...", "candidates": [{"uri",
 * "label", "score"}]}}, best first; label = the preferred label in {@code lang} (English when ESCO has none),
 * score 0..1 as {@link EscoMatcher} defines it. {@code lang} defaults to {@code en}; {@code limit} to
 * {@code gateway.align.esco.default-limit}. 400 (RFC 9457 problem) when text is missing or blank or limit is
 * outside 1..{@code gateway.align.esco.max-limit}.
 */
@RestController
@RequestMapping("/api/v1/alignments/esco")
public class EscoAlignmentController {
    private final EscoAlignments alignments;

    public EscoAlignmentController(EscoAlignments alignments) {
        this.alignments = alignments;
    }

    /** The JSON answer. */
    public record Answer(String lang, List<EscoCandidate> candidates) {
    }

    @GetMapping
    public ResponseEntity<?> candidates(@RequestParam(required = false) String text, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer limit) {
        if (text == null || text.isBlank()) {
            return problem("the query parameter text is required and must not be blank");
        }
        int max = alignments.properties().maxLimit();
        int n = limit == null ? alignments.properties().defaultLimit() : limit;
        if (n < 1 || n > max) {
            return problem("limit must be between 1 and " + max);
        }
        String language = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        return ResponseEntity.ok(new Answer(language, alignments.matcher().match(text, language, n)));
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.BAD_REQUEST, "bad-alignment-request", detail);
        answer.getBody().setTitle("Bad alignment request");
        return answer;
    }
}
