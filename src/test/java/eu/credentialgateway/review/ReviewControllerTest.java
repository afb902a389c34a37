package eu.credentialgateway.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.credentialgateway.ControllerSliceTest;
import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.access.Role;
import eu.credentialgateway.access.SliceSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/reviews: reviewers only; the queue's decisions and refusals answered as problems with codes. */
@ControllerSliceTest(ReviewController.class)
class ReviewControllerTest {
    private static final UUID ITEM = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    private static final String SKILL = "http://data.europa.eu/esco/skill/47a49cd6-097d-457a-9f7b-c290c14930d5";

    @Autowired
    MockMvc http;
    @MockitoBean
    ReviewQueue queue;
    @MockitoBean
    ActionLog actions;

    private static ReviewItem item(String status, String chosen) {
        return new ReviewItem(ITEM, "analyse big data", "en", status, List.of(), List.of(), 1, Instant.parse("2026-01-01T00:00:00Z"),
                chosen == null ? null : Instant.parse("2026-01-02T00:00:00Z"), chosen);
    }

    @Test
    void onlyAReviewerDecides() throws Exception {
        http.perform(get("/api/v1/reviews").headers(SliceSecurity.as(Role.OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        http.perform(post("/api/v1/reviews/" + ITEM + "/reject")).andExpect(status().isUnauthorized());
        verify(queue, never()).reject(any());
    }

    @Test
    void aReviewerListsPendingItemsAndAcceptsOneWithASkill() throws Exception {
        when(queue.items(ReviewStatus.PENDING, 100)).thenReturn(List.of(item("pending", null)));
        when(queue.accept(ITEM, SKILL)).thenReturn(item("accepted", SKILL));

        http.perform(get("/api/v1/reviews").headers(SliceSecurity.as(Role.REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("pending"))
                .andExpect(jsonPath("$.items[0].id").value(ITEM.toString()));
        http.perform(post("/api/v1/reviews/" + ITEM + "/accept").headers(SliceSecurity.as(Role.REVIEWER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"uri\": \"" + SKILL + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chosenUri").value(SKILL));
        verify(actions).record("review.accept", "review", ITEM.toString(), "uri=" + SKILL);
    }

    @Test
    void badRequestsAndTheQueuesRefusalsAreProblemsWithCodes() throws Exception {
        http.perform(get("/api/v1/reviews?status=maybe").headers(SliceSecurity.as(Role.REVIEWER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("bad-review-request"));
        http.perform(post("/api/v1/reviews/" + ITEM + "/accept").headers(SliceSecurity.as(Role.REVIEWER))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-review-request"));
        http.perform(get("/api/v1/reviews/not-a-uuid").headers(SliceSecurity.as(Role.REVIEWER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:credential-gateway:problem:review-not-found"));

        when(queue.reject(ITEM)).thenThrow(new ReviewProblem(HttpStatus.CONFLICT, "review-already-decided", "the review item was accepted already"));
        http.perform(post("/api/v1/reviews/" + ITEM + "/reject").headers(SliceSecurity.as(Role.REVIEWER)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("review-already-decided"));
        verify(actions, never()).record(any(), any(), any(), any());
    }
}
