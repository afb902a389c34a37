package eu.credentialgateway.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.Finding;
import eu.credentialgateway.SealRecord;
import eu.credentialgateway.Step;
import eu.credentialgateway.StepTrail.Run;
import eu.credentialgateway.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail's behaviour, run against each database it supports (see the subclasses). */
abstract class AuditTrailContract {
    static final Instant RECEIVED = Instant.parse("2026-03-01T10:15:30.123456Z");
    static final Instant FINISHED = Instant.parse("2026-03-01T10:15:31.654321Z");
    static final String HASH_A = "a".repeat(64);
    static final String HASH_B = "b".repeat(64);

    AuditTrail trail;
    JdbcClient jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyTrail() {
        jdbc = JdbcClient.create(dataSource());
        jdbc.sql("DELETE FROM audit_entry").update();
        trail = new AuditTrail(jdbc, RecordProperties.defaults(), Clock.fixed(FINISHED, ZoneOffset.UTC));
    }

    static InputReceipt receipt(String hash) {
        return new InputReceipt(UUID.randomUUID(), hash, "elmo", "inbox", RECEIVED);
    }

    // --- receipts and batches (V22)
    @Test
    void keepsAnInputsRowStepsFindingsSealsAndItsBatch() {
        UUID batch = UUID.randomUUID();
        BatchLog batches = new BatchLog(jdbc, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        batches.started(batch, "csv", "http");
        batches.started(batch, "csv", "inbox");
        assertThat(batches.find(batch)).hasValueSatisfying(b -> {
            assertThat(b.source()).as("the first registration counts").isEqualTo("http");
            assertThat(b.startedAt()).isEqualTo(RECEIVED.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(b.finishedAt()).isNull();
        });
        InputReceipt receipt = new InputReceipt(UUID.randomUUID(), HASH_A, "csv", "http", RECEIVED, batch, 2);
        Finding error = new Finding(Stage.CHECK, "invalid-date", "awardingDate is not a date", "row 2, column awardingDate");
        trail.finished(receipt, Outcome.QUARANTINED, "urn:uuid:" + UUID.randomUUID(), List.of(error), null);
        ReceiptLog log = new ReceiptLog(new NamedParameterJdbcTemplate(dataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource())));
        Run ingest = new Run(Step.INGEST, true, RECEIVED, 10, 0, 0);
        Run prepare = new Run(Step.PREPARE, false, RECEIVED.plusMillis(2), 50, 0, 1);
        Run csvRow = new Run(Step.CSV_ROW, false, RECEIVED.plusMillis(3), 20, 0, 1);
        Finding note = new Finding(Stage.CHECK, "column-ignored", "a column was left out", "row 2, column x");
        SealRecord seal = new SealRecord(SealRecord.OUTPUT, "turtle", "text/turtle", false, null, null, null, null, null, null, false, "urn:uuid:x");

        // StepTrail's order is the order steps ENDED: the nested csvRow before the prepare step that called it
        log.record(receipt.inputId(), List.of(ingest, csvRow, prepare), List.of(note), List.of(error), List.of(seal));
        log.record(receipt.inputId(), List.of(ingest, csvRow, prepare), List.of(note), List.of(error), List.of(seal));

        assertThat(trail.find(receipt.inputId()).orElseThrow().batchRow()).isEqualTo(2);
        assertThat(log.steps(receipt.inputId())).extracting(ReceiptLog.StoredStep::step).containsExactly("ingest", "prepare", "csvRow");
        assertThat(log.findings(receipt.inputId())).containsExactly(
                new ReceiptLog.StoredFinding(3, "note", "check", "column-ignored", "row 2, column x"),
                new ReceiptLog.StoredFinding(3, "error", "check", "invalid-date", "row 2, column awardingDate"));
        assertThat(log.seals(receipt.inputId())).containsExactly(seal);
        assertThat(batches.countByOutcome(batch)).containsExactly(Map.entry(Outcome.QUARANTINED, 1L));
        assertThat(batches.quarantined(batch)).containsExactly(new BatchLog.Quarantined(receipt.inputId(), 2, "check", "invalid-date"));
        assertThat(log.firstErrorLocations(batch)).containsExactly(Map.entry(receipt.inputId(), "row 2, column awardingDate"));
        assertThat(batches.lastFinished(batch)).isEqualTo(FINISHED.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        batches.finished(batch);
        assertThat(batches.find(batch).orElseThrow().finishedAt()).isNotNull();
    }

    // --- retention (V25)
    @Test
    void purgingDetailsKeepsTheRowItsCodesAndCountsAndLeavesNewerAndUnfinishedInputsAlone() {
        ReceiptLog log = new ReceiptLog(new NamedParameterJdbcTemplate(dataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource())));
        Finding error = new Finding(Stage.CHECK, "invalid-date", "awardingDate 31.02.2025 is not a date", "row 2, column awardingDate");
        Finding note = new Finding(Stage.CHECK, "column-ignored", "a column was left out", "row 2, column x");
        Run check = new Run(Step.CHECK, false, RECEIVED, 10, 0, 0);
        InputReceipt old = receipt(HASH_A);
        trail.finished(old, Outcome.QUARANTINED, null, List.of(error), null);
        log.record(old.inputId(), List.of(check), List.of(note), List.of(error), List.of());
        InputReceipt recent = receipt(HASH_B);
        new AuditTrail(jdbc, RecordProperties.defaults(), Clock.fixed(FINISHED.plusSeconds(3600), ZoneOffset.UTC))
                .finished(recent, Outcome.QUARANTINED, null, List.of(error), null);
        log.record(recent.inputId(), List.of(check), List.of(), List.of(error), List.of());
        InputReceipt unfinished = receipt(HASH_A);
        trail.received(unfinished);
        AuditDetailsPurge purge = new AuditDetailsPurge(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource())),
                Clock.fixed(FINISHED.plusSeconds(7200), ZoneOffset.UTC));

        assertThat(purge.before(FINISHED.plusSeconds(60))).isEqualTo(new AuditDetailsPurge.Purged(1, 2, 0));
        assertThat(purge.before(FINISHED.plusSeconds(60))).as("once").isEqualTo(new AuditDetailsPurge.Purged(0, 0, 0));

        AuditEntry purged = trail.find(old.inputId()).orElseThrow();
        assertThat(purged.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(purged.errorCode()).isEqualTo("invalid-date");
        assertThat(purged.errorSummary()).isNull();
        assertThat(log.findings(old.inputId())).isEmpty();
        assertThat(log.steps(old.inputId())).hasSize(1);
        assertThat(trail.retentionMarks(old.inputId())).hasValueSatisfying(m -> {
            assertThat(m.detailsPurgedAt()).isEqualTo(FINISHED.plusSeconds(7200));
            assertThat(m.findingCount()).isEqualTo(2);
            assertThat(m.alignmentCount()).isZero();
        });
        assertThat(trail.find(recent.inputId()).orElseThrow().errorSummary()).contains("31.02.2025");
        assertThat(log.findings(recent.inputId())).hasSize(1);
        assertThat(trail.retentionMarks(unfinished.inputId()).orElseThrow().detailsPurgedAt()).isNull();
    }

    @Test
    void aQuarantineDeletionIsMarkedOnceWithItsActor() {
        InputReceipt receipt = receipt(HASH_A);
        trail.finished(receipt, Outcome.QUARANTINED, null, List.of(new Finding(Stage.CHECK, "not-well-formed", "x", "line 1")), null);

        assertThat(trail.quarantineDeleted(receipt.inputId(), "key:1234")).isTrue();
        assertThat(trail.quarantineDeleted(receipt.inputId(), "gateway")).isFalse();
        assertThat(trail.quarantineDeleted(UUID.randomUUID(), "gateway")).isFalse();
        assertThat(trail.retentionMarks(receipt.inputId())).hasValueSatisfying(m -> {
            assertThat(m.quarantineDeletedBy()).isEqualTo("key:1234");
            assertThat(m.quarantineDeletedAt()).isEqualTo(FINISHED.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        });
    }

    // --- receiving
    @Test
    void storesOneReceivedRowWithTheReceiptsIdentifiers() {
        InputReceipt receipt = new InputReceipt(UUID.randomUUID(), HASH_A, "elmo", "http", RECEIVED, UUID.randomUUID());
        trail.received(receipt);

        AuditEntry entry = trail.find(receipt.inputId()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(Outcome.RECEIVED);
        assertThat(entry.contentHash()).isEqualTo(HASH_A);
        assertThat(entry.format()).isEqualTo("elmo");
        assertThat(entry.source()).isEqualTo("http");
        assertThat(entry.receivedAt()).isEqualTo(RECEIVED);
        assertThat(entry.finishedAt()).isNull();
        assertThat(entry.batchId()).isEqualTo(receipt.batchId());
    }

    @Test
    void receivingTheSameInputTwiceKeepsOneRow() {
        InputReceipt receipt = receipt(HASH_A);
        trail.received(receipt);
        trail.received(receipt);

        assertThat(trail.findByContentHash(HASH_A)).hasSize(1);
    }

    @Test
    void keepsAnInputThatFailedBeforeItWasHashed() {
        InputReceipt receipt = new InputReceipt(UUID.randomUUID(), null, null, "http", RECEIVED);
        trail.received(receipt);

        assertThat(trail.find(receipt.inputId())).get().extracting(AuditEntry::contentHash).isNull();
    }

    // --- finishing
    @Test
    void convertedKeepsTheCredentialIdAndFinishTime() {
        InputReceipt receipt = receipt(HASH_A);
        trail.received(receipt);
        trail.finished(receipt, Outcome.CONVERTED, "urn:uuid:" + UUID.randomUUID(), List.of(), null);

        AuditEntry entry = trail.find(receipt.inputId()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(Outcome.CONVERTED);
        assertThat(entry.credentialId()).startsWith("urn:uuid:");
        assertThat(entry.finishedAt()).isEqualTo(FINISHED);
        assertThat(entry.receivedAt()).isEqualTo(RECEIVED);
        assertThat(entry.errorCode()).isNull();
    }

    @Test
    void finishingAnInputWithoutAReceivedRowInsertsIt() {
        InputReceipt receipt = receipt(HASH_A);
        trail.finished(receipt, Outcome.CONVERTED, "urn:uuid:" + UUID.randomUUID(), List.of(), null);

        AuditEntry entry = trail.find(receipt.inputId()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(Outcome.CONVERTED);
        assertThat(entry.contentHash()).isEqualTo(HASH_A);
        assertThat(entry.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void quarantinedKeepsTheFirstStageAndCodeAndEveryFindingInTheSummary() {
        InputReceipt receipt = receipt(HASH_A);
        trail.received(receipt);
        trail.finished(receipt, Outcome.QUARANTINED, null, List.of(
                new Finding(Stage.CHECK, "xsd-invalid", "element not allowed here", "3:14"),
                new Finding(Stage.CHECK, "missing-learner", "no learner element", "/elmo")), null);

        AuditEntry entry = trail.find(receipt.inputId()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(entry.errorStage()).isEqualTo("check");
        assertThat(entry.errorCode()).isEqualTo("xsd-invalid");
        assertThat(entry.errorSummary()).isEqualTo(
                "check/xsd-invalid at 3:14: element not allowed here; check/missing-learner at /elmo: no learner element");
    }

    @Test
    void boundsTheSummaryOfThousandsOfLongFindings() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            findings.add(new Finding(Stage.VALIDATE, "min-count", "x".repeat(1000), "/a/" + i));
        }
        InputReceipt receipt = receipt(HASH_A);
        trail.finished(receipt, Outcome.QUARANTINED, null, findings, null);

        String summary = trail.find(receipt.inputId()).orElseThrow().errorSummary();
        assertThat(summary).hasSizeLessThanOrEqualTo(RecordProperties.defaults().summaryLength())
                .startsWith("validate/min-count at /a/0: ").endsWith(" more)");
    }

    @Test
    void duplicateNamesTheEarlierInput() {
        InputReceipt first = receipt(HASH_A);
        trail.finished(first, Outcome.CONVERTED, "urn:uuid:1", List.of(), null);
        InputReceipt again = receipt(HASH_A);
        trail.finished(again, Outcome.DUPLICATE, "urn:uuid:1", List.of(), first.inputId());

        assertThat(trail.find(again.inputId())).get().extracting(AuditEntry::duplicateOf).isEqualTo(first.inputId());
    }

    @Test
    void refusesReceivedAsAnEnd() {
        assertThatThrownBy(() -> trail.finished(receipt(HASH_A), Outcome.RECEIVED, null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- finding
    @Test
    void findsTheConversionOfTheSameContentAndFormatOnly() {
        InputReceipt quarantined = receipt(HASH_A);
        trail.finished(quarantined, Outcome.QUARANTINED, null,
                List.of(new Finding(Stage.MAP, "no-title", "no title", "")), null);
        InputReceipt converted = receipt(HASH_A);
        trail.finished(converted, Outcome.CONVERTED, "urn:uuid:1", List.of(), null);
        InputReceipt otherContent = receipt(HASH_B);
        trail.finished(otherContent, Outcome.CONVERTED, "urn:uuid:2", List.of(), null);

        assertThat(trail.findConvertedByContentHash("elmo", HASH_A)).get()
                .extracting(AuditEntry::inputId).isEqualTo(converted.inputId());
        assertThat(trail.findConvertedByContentHash("elmo", HASH_A.toUpperCase())).isPresent();
        assertThat(trail.findConvertedByContentHash("csv", HASH_A)).isEmpty();
        assertThat(trail.findByContentHash(HASH_A)).extracting(AuditEntry::inputId)
                .containsExactlyInAnyOrder(quarantined.inputId(), converted.inputId());
    }

    @Test
    void findsNothingForAnUnknownInput() {
        assertThat(trail.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void countsEveryOutcomeIncludingThoseWithNoInputs() {
        trail.received(receipt(HASH_A));
        trail.finished(receipt(HASH_A), Outcome.CONVERTED, "urn:uuid:1", List.of(), null);
        trail.finished(receipt(HASH_B), Outcome.CONVERTED, "urn:uuid:2", List.of(), null);

        assertThat(trail.countByOutcome()).isEqualTo(Map.of(
                Outcome.RECEIVED, 1L, Outcome.CONVERTED, 2L, Outcome.QUARANTINED, 0L, Outcome.DUPLICATE, 0L, Outcome.INTERRUPTED, 0L));
    }

    @Test
    void endsOnlyInputsStillReceivedBeforeTheCutoffAsInterrupted() {
        InputReceipt stranded = receipt(HASH_A);
        InputReceipt finished = receipt(HASH_B);
        InputReceipt later = new InputReceipt(UUID.randomUUID(), HASH_A, "elmo", "inbox", RECEIVED.plusSeconds(600));
        trail.received(stranded);
        trail.finished(finished, Outcome.QUARANTINED, null, List.of(new Finding(Stage.CHECK, "bad-encoding", "not UTF-8", "/")), null);
        trail.received(later);

        assertThat(trail.interruptedBefore(RECEIVED.plusSeconds(1))).isEqualTo(1);

        AuditEntry entry = trail.find(stranded.inputId()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(Outcome.INTERRUPTED);
        assertThat(entry.errorCode()).isEqualTo("interrupted");
        assertThat(entry.finishedAt()).isEqualTo(FINISHED);
        assertThat(trail.find(finished.inputId()).orElseThrow().errorCode()).isEqualTo("bad-encoding");
        assertThat(trail.find(later.inputId()).orElseThrow().outcome()).isEqualTo(Outcome.RECEIVED);
        assertThat(trail.interruptedBefore(RECEIVED.plusSeconds(1))).as("once").isZero();
    }

    // --- alignment decisions on the receipt
    @Test
    void keepsTheAlignmentDecisionsOfAnInputInOrderAndReplacesThemWhenRecordedAgain() {
        InputReceipt receipt = receipt(HASH_A);
        trail.finished(receipt, Outcome.CONVERTED, "urn:uuid:1", List.of(), null);
        AlignmentLog log = new AlignmentLog(new NamedParameterJdbcTemplate(dataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource())), Clock.fixed(FINISHED, ZoneOffset.UTC));
        UUID review = UUID.randomUUID();
        AlignmentDecision added = new AlignmentDecision(AlignmentDecision.Kind.ESCO_TEXT, "urn:epass:lo:1", "http://purl.org/dc/terms/title",
                "Work in teams", "en", "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0", 1.0,
                AlignmentDecision.Decision.ADDED, "score-at-or-above-threshold", "matcher", List.of(), null);
        AlignmentDecision queued = new AlignmentDecision(AlignmentDecision.Kind.ESCO_TEXT, "urn:epass:lo:2", "http://purl.org/dc/terms/title",
                "x".repeat(3000), "und", null, 0.5, AlignmentDecision.Decision.QUEUED, "score-in-review-range", "matcher", List.of(), review);
        AlignmentDecision code = new AlignmentDecision(AlignmentDecision.Kind.CODE, "urn:epass:spec:1", "http://data.europa.eu/snb/model/elm/EQFLevel",
                "eqf:9", null, null, null, AlignmentDecision.Decision.DROPPED, "unknown-eqf-code", "vocabulary", List.of(), null);

        log.record(receipt.inputId(), List.of(added, queued));
        log.record(receipt.inputId(), List.of(added, queued, code));

        List<AlignmentLog.Recorded> stored = log.of(receipt.inputId());
        assertThat(stored).extracting(AlignmentLog.Recorded::seq).containsExactly(1, 2, 3);
        assertThat(stored.get(0).decision()).isEqualTo(added);
        assertThat(stored.get(0).recordedAt()).isEqualTo(FINISHED);
        assertThat(stored.get(1).decision().reviewId()).isEqualTo(review);
        assertThat(stored.get(1).decision().text()).hasSize(2000);
        assertThat(stored.get(2).decision()).isEqualTo(code);
        assertThat(stored.get(2).decision().score()).isNull();
        assertThat(log.of(UUID.randomUUID())).isEmpty();
    }
}
