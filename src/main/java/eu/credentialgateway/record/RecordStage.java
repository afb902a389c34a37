package eu.credentialgateway.record;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Failure;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.ReviewHandOff;
import eu.credentialgateway.SealRecord;
import eu.credentialgateway.StepTrail;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail from the pipeline: {@code gateway:record?outcome=received} when an input
 * arrives, {@code converted}, {@code quarantined} or {@code duplicate} when it ends; at the end, also the align stage's
 * decisions ({@link AlignmentDecision}s in {@link GatewayHeaders#ALIGNMENTS}): queued phrases go to the review queue
 * and every decision to the input's receipt ({@link AlignmentLog}); and the steps it went through with the notes and
 * errors each left ({@link StepTrail}, {@link Notes}) and its seals ({@link SealRecord}) ({@link ReceiptLog}). Leaves the
 * exchange as it is.
 */
@Component("recordStage")
public class RecordStage implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(RecordStage.class);

    private final AuditTrail trail;
    private final AlignmentLog alignments;
    private final ReviewHandOff reviews;
    private final ReceiptLog receipts;

    /** The audit trail only: alignment decisions are not recorded. */
    public RecordStage(AuditTrail trail) {
        this(trail, (AlignmentLog) null, (ReviewHandOff) null);
    }

    /** The Spring wiring: the application always has both; a context without them records the audit trail only. */
    @Autowired
    public RecordStage(AuditTrail trail, ObjectProvider<AlignmentLog> alignments, ObjectProvider<ReviewHandOff> reviews,
                       ObjectProvider<ReceiptLog> receipts) {
        this(trail, alignments.getIfAvailable(), reviews.getIfAvailable(), receipts.getIfAvailable());
    }

    /**
     * @param alignments where decisions are stored, or null: not recorded
     * @param reviews    the review queue for queued phrases, or null: not queued
     */
    public RecordStage(AuditTrail trail, AlignmentLog alignments, ReviewHandOff reviews) {
        this(trail, alignments, reviews, null);
    }

    /** @param receipts where steps, findings and seals are stored, or null: not recorded */
    public RecordStage(AuditTrail trail, AlignmentLog alignments, ReviewHandOff reviews, ReceiptLog receipts) {
        this.receipts = receipts;
        this.trail = trail;
        this.alignments = alignments;
        this.reviews = reviews;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Outcome outcome = outcome(exchange);
        InputReceipt receipt = receipt(exchange);
        String credentialId = exchange.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        switch (outcome) {
            case RECEIVED -> trail.received(receipt);
            case CONVERTED -> {
                trail.finished(receipt, outcome, credentialId, List.of(), null);
                recordAlignments(exchange, receipt);
                recordSteps(exchange, receipt, List.of());
            }
            case QUARANTINED -> {
                List<Finding> findings = Failure.of(exchange).findings();
                trail.finished(receipt, outcome, credentialId, findings, null);
                recordAlignments(exchange, receipt);
                recordSteps(exchange, receipt, findings);
                Finding first = findings.get(0);
                LOG.info("input {} quarantined: {}/{} ({} finding(s)), hash {}", receipt.inputId(),
                        first.stage().id(), first.code(), findings.size(), receipt.contentHash());
                return;
            }
            case DUPLICATE -> {
                trail.finished(receipt, outcome, credentialId, List.of(), duplicateOf(exchange, receipt));
                recordSteps(exchange, receipt, List.of());
            }
            case INTERRUPTED -> throw new IllegalArgumentException("interrupted is marked by the retention purge, not by a route");
        }
        LOG.info("input {} {}: format {}, hash {}, credential {}", receipt.inputId(), outcome.id(), receipt.format(),
                receipt.contentHash(), credentialId);
    }

    /** Queues the input's uncertain phrases and stores its alignment decisions (none when align did not run). */
    private void recordAlignments(Exchange exchange, InputReceipt receipt) {
        List<AlignmentDecision> decisions = AlignmentDecision.of(exchange);
        if (decisions.isEmpty() || alignments == null) {
            return;
        }
        if (reviews != null) {
            decisions = reviews.enqueueQueued(decisions, receipt.inputId());
        }
        alignments.record(receipt.inputId(), decisions);
    }

    /** Stores the steps, their notes and errors and the seals on the input's receipt (when a ReceiptLog is wired). */
    private void recordSteps(Exchange exchange, InputReceipt receipt, List<Finding> errors) {
        if (receipts != null) {
            receipts.record(receipt.inputId(), StepTrail.of(exchange), Notes.of(exchange), errors, SealRecord.of(exchange));
        }
    }

    /** The route's {@code outcome} option; without one, quarantined when an exception was caught, else converted. */
    private static Outcome outcome(Exchange exchange) {
        String named = exchange.getProperty(GatewayHeaders.OUTCOME, String.class);
        if (named != null) {
            return Outcome.fromId(named);
        }
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null ? Outcome.QUARANTINED : Outcome.CONVERTED;
    }

    private static InputReceipt receipt(Exchange exchange) {
        Message message = exchange.getMessage();
        UUID inputId = uuid(message.getHeader(GatewayHeaders.INPUT_ID));
        if (inputId == null) {
            inputId = UUID.randomUUID();
            message.setHeader(GatewayHeaders.INPUT_ID, inputId.toString());
            LOG.warn("input without a valid {} header: recorded as {}", GatewayHeaders.INPUT_ID, inputId);
        }
        String hash = message.getHeader(GatewayHeaders.CONTENT_HASH, String.class);
        if (hash != null && !hash.matches("[0-9a-fA-F]{64}")) {
            LOG.warn("input {} has a {} that is not SHA-256 hex: not recorded", inputId, GatewayHeaders.CONTENT_HASH);
            hash = null;
        }
        return new InputReceipt(inputId, hash,
                message.getHeader(GatewayHeaders.FORMAT, String.class),
                message.getHeader(GatewayHeaders.SOURCE, String.class),
                Instant.ofEpochMilli(exchange.getClock().getCreated()),
                uuid(message.getHeader(GatewayHeaders.BATCH_ID)), message.getHeader(GatewayHeaders.ROW, Integer.class),
                submitter(message));
    }

    /** Who submitted the input: the HTTP caller's actor, or {@code inbox} for a file dropped into an inbox folder. */
    private static String submitter(Message message) {
        String actor = message.getHeader(GatewayHeaders.ACTOR, String.class);
        if (actor == null && "inbox".equals(message.getHeader(GatewayHeaders.SOURCE, String.class))) {
            return "inbox";
        }
        return actor;
    }

    /** The earlier input: the DUPLICATE_OF property as an id, else looked up by content hash. */
    private UUID duplicateOf(Exchange exchange, InputReceipt receipt) {
        UUID earlier = uuid(exchange.getProperty(GatewayHeaders.DUPLICATE_OF));
        if (earlier == null && receipt.contentHash() != null && receipt.format() != null) {
            earlier = trail.findConvertedByContentHash(receipt.format(), receipt.contentHash())
                    .map(AuditEntry::inputId)
                    .orElse(null);
        }
        return earlier;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID || value instanceof String ? CanonicalUuid.of(value).orElse(null) : null;
    }
}
