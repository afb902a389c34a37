/**
 * Deliver: gets every finished credential to its targets, exactly once per target, surviving crashes.
 *
 * <p><b>Transactional outbox.</b> The pipeline's step {@code gateway:deliver} ({@link eu.credentialgateway.deliver.DeliverStage},
 * bean {@code deliverStage}) only stores: the credential (table {@code delivery_credential}) and one task per target
 * ({@code delivery_task}, state {@code pending}) in one transaction (Flyway {@code V20__delivery_outbox.sql}, H2 and
 * PostgreSQL). The {@code DeliveryDispatcher} (a poller plus {@code gateway.deliver.dispatch.workers} threads) claims
 * due tasks with a lease (a conditional UPDATE on {@code lease_until}: portable, and safe with several instances on one
 * database), sends each through the target's Camel route {@code direct:deliver-<target>} (routes/deliver-*.yaml), and
 * writes the outcome and the attempt row in one transaction. States: {@code pending}, {@code delivered},
 * {@code failed-retrying} (with {@code next_attempt_at}), {@code given-up} (kept, visible, re-armed only by an operator).
 * A restart resumes pending and retrying tasks, and tasks in flight in a process that died once their lease expires.
 *
 * <p><b>Exactly once toward a target</b> = at-least-once + idempotency. The send and the database write cannot be one
 * atomic step, so a crash between them leaves a task whose attempt never finished. It is resumed after its lease and
 * (a) sent with the same idempotency key: {@code Idempotency-Key: <credential id>} on HTTP, the Kafka record key and
 * header, the outbox file name; and (b) for the registry, looked up first ({@code GET <url>/<credential id>}: 200
 * counts as delivered, no second POST). So a registry sees a second POST only if it was still storing the first when
 * the lookup arrived, a lease later; its idempotency (or a compacted topic, or the overwritten file) absorbs even that.
 *
 * <p><b>Targets</b> (choice, first wins: header {@code GatewayDeliverTargets} from a request's {@code targets=} or a
 * batch; the route's {@code target} option; {@code gateway.deliver.targets.<format>}; {@code gateway.deliver.targets.default};
 * {@code outbox}): {@code outbox} (folder, {@code <uuid><extension of the form>}: {@code .jades.json}, {@code .jwt},
 * {@code .jsonld}, {@code .json}, {@code .ttl}, {@code .nq}, from the stored media type), {@code registry} (EBSI-style: TIR v5 accreditation check, OAuth2
 * client-credentials token, POST), {@code kafka} (topic {@code credentials.issued}, keyed by credential id),
 * {@code webhook} (POST with an HMAC-SHA256 signature over {@code "<timestamp>.<body>"}), {@code wallet} (an
 * OpenID4VCI credential offer, sub-package {@code deliver.wallet}). An integrator's own route {@code deliver-<name>} is
 * a target too.
 *
 * <p><b>Awaited deliveries</b>: a target whose recipient fetches the credential itself (the wallet) sets the exchange
 * property {@code GatewayHeaders.DELIVERY_AWAIT_UNTIL} instead of failing or finishing: the task stays {@code pending} (the
 * attempt is recorded with outcome {@code pending}) and is claimed again at that time; {@link
 * eu.credentialgateway.deliver.AwaitedDeliveries#delivered} marks it delivered when the recipient fetched it.
 *
 * <p><b>One delivery per credential id and target, whatever the output profile</b>: the credential id comes from format
 * and content only, so the same content converted again in another profile adds no task for a target that has one (a
 * registry keys its entries by that id); the first stored body is kept, a missing JWT form is filled in. Registries with
 * {@code payload=jwt} get the EBSI JWT form ({@code GatewayCredentialJwt}), which the profile and seal stages make when
 * the targets step ({@link eu.credentialgateway.deliver.TargetsStage}, {@code gateway:targets}, before any work on the
 * input) found that a chosen target takes it.
 *
 * <p><b>Retries</b>: 408, 429, 5xx, timeouts and I/O faults are retried with exponential back-off, jitter and a cap
 * ({@code gateway.deliver.retry.*}); 429/503 {@code Retry-After} (seconds or HTTP-date) is honoured; other 4xx, an issuer
 * that is not accredited and a missing JWT form give up at once.
 *
 * <ul>
 * <li>Input: body = the credential as a String (JSON-LD, or the sealed JSON); header {@code GatewayCredentialId} =
 * {@code urn:uuid:<uuid>}; optional {@code GatewayInputId}, {@code GatewayFormat}, {@code GatewayBatchId}, header or
 * property {@code GatewayDeliverTargets}, property {@code GatewayCredentialJwt} (the JWT form).</li>
 * <li>Output: the body is unchanged; property {@code GatewayDeliveryIds} lists the task ids.</li>
 * <li>Failure codes (stage deliver, the input is quarantined): {@code invalid-credential-id}, {@code empty-credential},
 * {@code unknown-target}, {@code target-not-configured}, {@code no-target}. Delivery failures are not input failures:
 * they live in the task ({@code last_error}: {@code http-503}, {@code timeout}, {@code unreachable},
 * {@code issuer-not-accredited}, {@code issuer-not-a-did}, {@code issuer-did-invalid}, {@code token-401}, {@code tir-500},
 * {@code no-jwt-form}, {@code kafka-send-failed}, {@code credential-missing}, {@code fault}), never with personal data.</li>
 * <li>Read API: {@link eu.credentialgateway.deliver.DeliveryLedger} ({@code find}, {@code list}, {@code deliveriesFor(inputId)},
 * {@code attemptsFor(inputId)}, {@code countByState}); HTTP {@code GET /api/v1/deliveries?state=&target=&limit=},
 * {@code GET /api/v1/deliveries/{id}} (with each {@link eu.credentialgateway.deliver.DeliveryDetail} bean's entry,
 * e.g. the wallet's {@code offer}), {@code GET /api/v1/deliveries?inputId=}, {@code POST /api/v1/deliveries/{id}/retry};
 * for receipts and batch summaries also {@code deliveriesOfCredential}, {@code attemptsOfCredential},
 * {@code countByTargetAndState(batchId)}.</li>
 * <li>Metrics: timer {@code gateway.delivery.attempts} (tags {@code target}, {@code outcome}); health component
 * {@code delivery} with one entry per configured target (reachable, last outcome, pending, given up).</li>
 * </ul>
 */
package eu.credentialgateway.deliver;

import eu.credentialgateway.GatewayHeaders;
