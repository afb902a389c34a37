/**
 * Review: the queue of ESCO phrases the matcher was not sure of, and what reviewers decided about them.
 *
 * <p>{@link eu.credentialgateway.review.ReviewQueue} (a Spring bean) keeps one item per normalised text + language
 * ({@link eu.credentialgateway.align.PhraseKey}) in tables {@code review_item}, {@code review_candidate} (the ranked
 * candidates offered) and {@code review_input} (the inputs the phrase was seen in); Flyway migration V2, H2 and
 * PostgreSQL. The record stage queues the phrases the align stage marked {@code queued}; the same phrase queued again
 * is the same item (the input is added to it). Every item's state is loaded into memory at start and kept current by
 * this instance's writes, so the align stage's question "what did reviewers decide about this phrase?"
 * ({@link eu.credentialgateway.align.ReviewedPhrases}) costs no database query; a decision survives a restart.
 *
 * <p>HTTP ({@link eu.credentialgateway.review.ReviewController}): {@code GET /api/v1/reviews[?status=&limit=]},
 * {@code GET /api/v1/reviews/{id}}, {@code POST /api/v1/reviews/{id}/accept} with {@code {"uri": "..."}} (a released
 * ESCO v1.1.1 skill) and {@code POST /api/v1/reviews/{id}/reject}. Accepted: the skill is added (source {@code review})
 * whenever the phrase is seen again; rejected: nothing is added and the phrase is not queued again. Errors are RFC 9457
 * problems ({@code application/problem+json}, type {@code urn:credential-gateway:problem:<name>}): 400
 * {@code bad-review-request}, 404 {@code review-not-found}, 409 {@code review-already-decided}, 422
 * {@code unknown-esco-skill}.
 *
 * <p>Several instances on one database: each sees another's decision after a restart, or when it next queues that
 * phrase. Nothing here is logged but item ids and statuses: the phrase text stays in the database.
 */
package eu.credentialgateway.review;
