package eu.credentialgateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.credentialgateway.SealRecord;
import eu.credentialgateway.deliver.Delivery;
import eu.credentialgateway.deliver.DeliveryAttempt;
import eu.credentialgateway.record.AuditEntry;
import eu.credentialgateway.record.Outcome;
import eu.credentialgateway.record.ReceiptLog;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JSON of {@code GET /api/v1/inputs/{id}} (docs/receipts-and-batches.md): members without a value are left out, lists are
 * always there (empty when nothing happened). Identifiers, codes, locations and the issuer's key data only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReceiptView(UUID inputId, String status, String credentialId, Received received, Finished finished, List<StepView> stages,
                   List<FindingView> findings, List<InputController.Alignment> alignments, List<SealView> seals,
                   List<DeliveryView> deliveries, List<java.util.Map<String, Object>> events) {

    /** How the input arrived. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Received(Instant at, String format, String source, String contentHash, UUID batchId, Integer batchRow, String submittedBy) {
        static Received of(AuditEntry e) {
            return new Received(e.receivedAt(), e.format(), e.source(), e.contentHash(), e.batchId(), e.batchRow(), e.submittedBy());
        }
    }

    /** How it ended; absent while the input is in progress. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Finished(Instant at, String outcome, String errorStage, String errorCode, String errorSummary, UUID duplicateOf) {
        static Finished of(AuditEntry e) {
            return e.outcome() == Outcome.RECEIVED ? null
                    : new Finished(e.finishedAt(), e.outcome().id(), e.errorStage(), e.errorCode(), e.errorSummary(), e.duplicateOf());
        }
    }

    /** One step, in the order steps started, with the notes and errors it left. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepView(String step, String outcome, Instant at, double durationMs, List<FindingView> findings) {
    }

    /** A note ({@code severity: note}, the input went on) or an error ({@code error}, it was quarantined): code and location. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FindingView(String severity, String stage, String code, String location) {
        static FindingView of(ReceiptLog.StoredFinding f) {
            return new FindingView(f.severity(), f.stage(), f.code(), f.location() == null || f.location().isEmpty() ? null : f.location());
        }
    }

    /** A seal: the output form's ({@code purpose: output}), or the EBSI JWT form's made for a JWT-taking target ({@code jwt-form}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SealView(String purpose, String profile, String mediaType, boolean sealed, String signatureFormat, String algorithm,
                    String keyId, String certificateSubject, String certificateSha256, Instant signingTime, Boolean demo,
                    String credentialId) {
        static SealView of(SealRecord s) {
            return new SealView(s.purpose(), s.profile(), s.mediaType(), s.sealed(), s.signatureFormat(), s.algorithm(), s.keyId(),
                    s.certificateSubject(), s.certificateSha256(), s.signingTime(), s.sealed() ? s.demo() : null, s.credentialId());
        }
    }

    /**
     * One target's delivery of the credential, with every attempt. {@code storedByInput}: the input whose conversion stored
     * the credential for delivery, when it is another (the same content converted again shares its deliveries).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryView(UUID deliveryId, String target, String state, int attempts, Instant nextAttemptAt, Integer lastStatus,
                        String lastError, Instant createdAt, Instant deliveredAt, UUID storedByInput, List<AttemptView> history) {
        static DeliveryView of(Delivery d, UUID inputId, List<DeliveryAttempt> attempts) {
            boolean retrying = d.state() == eu.credentialgateway.deliver.DeliveryState.PENDING
                    || d.state() == eu.credentialgateway.deliver.DeliveryState.FAILED_RETRYING;
            return new DeliveryView(d.id(), d.target(), d.state().id(), d.attempts(), retrying ? d.nextAttemptAt() : null, d.lastStatus(),
                    d.lastError(), d.createdAt(), d.deliveredAt(), inputId.equals(d.inputId()) ? null : d.inputId(),
                    attempts.stream().filter(a -> a.deliveryId().equals(d.id())).map(AttemptView::of).toList());
        }
    }

    /** One attempt: when, what came of it ({@code delivered}, {@code failed-retrying}, {@code given-up}, {@code interrupted}), why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttemptView(int attempt, Instant startedAt, Instant finishedAt, String outcome, Integer httpStatus, String error) {
        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.attempt(), a.startedAt(), a.finishedAt(), a.outcome(), a.httpStatus(), a.error());
        }
    }
}
