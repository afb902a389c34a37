package eu.credentialgateway.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.Failure;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.MigratedDatabase;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.Step;
import eu.credentialgateway.align.EscoFixture;
import eu.credentialgateway.review.ReviewQueue;
import eu.credentialgateway.review.ReviewStatus;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class RecordStageTest {
    static final String HASH = "c0ffee".repeat(10) + "c0ff";
    static final String CREDENTIAL = "urn:uuid:6f1c9a2e-1b0a-5c1e-9d55-0d8f1c2b3a4e";
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2File();

    CamelContext camel = new DefaultCamelContext();
    AuditTrail trail;
    RecordStage stage;
    UUID inputId = UUID.randomUUID();

    @BeforeEach
    void stage() {
        JdbcClient jdbc = JdbcClient.create(DATABASE.dataSource());
        jdbc.sql("DELETE FROM audit_entry").update();
        trail = new AuditTrail(jdbc, RecordProperties.defaults());
        stage = new RecordStage(trail);
    }

    Exchange exchange(String outcome) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, inputId.toString());
        exchange.getMessage().setHeader(GatewayHeaders.CONTENT_HASH, HASH);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "elmo");
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "inbox");
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, CREDENTIAL);
        if (outcome != null) {
            exchange.setProperty(GatewayHeaders.OUTCOME, outcome);
        }
        return exchange;
    }

    AuditEntry row() {
        return trail.find(inputId).orElseThrow();
    }

    @Test
    void receivedInsertsTheRowFromTheHeaders() throws Exception {
        stage.process(exchange("received"));

        assertThat(row()).extracting(AuditEntry::outcome, AuditEntry::contentHash, AuditEntry::format, AuditEntry::source)
                .containsExactly(Outcome.RECEIVED, HASH, "elmo", "inbox");
    }

    @Test
    void convertedFinishesTheReceivedRowWithTheCredentialId() throws Exception {
        stage.process(exchange("received"));
        stage.process(exchange("converted"));

        assertThat(row().outcome()).isEqualTo(Outcome.CONVERTED);
        assertThat(row().credentialId()).isEqualTo(CREDENTIAL);
        assertThat(row().finishedAt()).isNotNull();
    }

    @Test
    void convertedWithoutAReceivedRowStillRecordsTheInput() throws Exception {
        stage.process(exchange("converted"));

        assertThat(row().outcome()).isEqualTo(Outcome.CONVERTED);
        assertThat(row().contentHash()).isEqualTo(HASH);
    }

    @Test
    void duplicateNamesTheEarlierConversionFoundByContentHash() throws Exception {
        UUID earlier = inputId;
        stage.process(exchange("converted"));
        inputId = UUID.randomUUID();
        Exchange again = exchange("duplicate");
        again.setProperty(GatewayHeaders.DUPLICATE_OF, true);
        stage.process(again);

        assertThat(row().outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(row().duplicateOf()).isEqualTo(earlier);
    }

    @Test
    void duplicateTakesTheEarlierInputIdFromTheProperty() throws Exception {
        UUID earlier = UUID.randomUUID();
        Exchange exchange = exchange("duplicate");
        exchange.setProperty(GatewayHeaders.DUPLICATE_OF, earlier.toString());
        stage.process(exchange);

        assertThat(row().duplicateOf()).isEqualTo(earlier);
    }

    @Test
    void anInputWithoutAnIdGetsOneOnTheHeader() throws Exception {
        Exchange exchange = exchange("received");
        exchange.getMessage().removeHeader(GatewayHeaders.INPUT_ID);
        stage.process(exchange);

        UUID given = UUID.fromString(exchange.getMessage().getHeader(GatewayHeaders.INPUT_ID, String.class));
        assertThat(trail.find(given)).isPresent();
    }

    @Test
    void anUnknownOutcomeIsARouteMistake() {
        assertThatThrownBy(() -> stage.process(exchange("sealed"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class Quarantined {
        static final String PERSONAL = "Jane Roe-Doe, born 1990-02-03, id 850203-1234";
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger gatewayLogger = (Logger) LoggerFactory.getLogger("eu.credentialgateway");

        @BeforeEach
        void captureLogs() {
            log.start();
            gatewayLogger.setLevel(Level.DEBUG);
            gatewayLogger.addAppender(log);
        }

        @AfterEach
        void releaseLogs() {
            gatewayLogger.detachAppender(log);
        }

        @Test
        void keepsEveryFindingOfTheGatewayException() throws Exception {
            Exchange exchange = exchange("quarantined");
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new GatewayException(Rejection.INVALID, List.of(
                    new Finding(Stage.VALIDATE, "min-count", "a credential needs a title", "urn:x sh:path dc:title"),
                    new Finding(Stage.VALIDATE, "datatype", "issued is not a dateTime", "urn:x sh:path issued"))));
            stage.process(exchange);

            assertThat(row().outcome()).isEqualTo(Outcome.QUARANTINED);
            assertThat(row().errorStage()).isEqualTo("validate");
            assertThat(row().errorCode()).isEqualTo("min-count");
            assertThat(row().errorSummary()).contains("validate/datatype at urn:x sh:path issued");
        }

        @Test
        void anUnexpectedExceptionIsRecordedByItsClassNeverItsMessage() throws Exception {
            Exchange exchange = exchange("quarantined");
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT,
                    new IllegalStateException("cannot parse learner " + PERSONAL, new RuntimeException(PERSONAL)));
            exchange.setProperty(GatewayHeaders.FAILED_STEP, Step.MAP);
            stage.process(exchange);

            assertThat(row().errorStage()).isEqualTo("map");
            assertThat(row().errorCode()).isEqualTo(Failure.INTERNAL_ERROR);
            assertThat(row().errorSummary()).isEqualTo("map/internal-error: unexpected java.lang.RuntimeException");
            assertThat(row().toString()).doesNotContain("Jane", "1990", "850203");
            assertThat(log.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                    .doesNotContain("Jane", "1990", "850203"));
        }

        @Test
        void aWrappedGatewayExceptionStillGivesItsFindings() throws Exception {
            Exchange exchange = exchange("quarantined");
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new org.apache.camel.RuntimeCamelException(
                    new GatewayException(new Finding(Stage.CHECK, "doctype-forbidden", "DTDs are not accepted", "1:1"))));
            stage.process(exchange);

            assertThat(row().errorCode()).isEqualTo("doctype-forbidden");
        }
    }

    @Nested
    class AlignmentDecisions {
        static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
        final AlignmentDecision queued = new AlignmentDecision(AlignmentDecision.Kind.ESCO_TEXT, "urn:epass:lo:1",
                "http://purl.org/dc/terms/title", "Python programming", "en", null, 0.845, AlignmentDecision.Decision.QUEUED,
                "score-in-review-range", "matcher", List.of(new AlignmentDecision.Candidate(PYTHON, "Python", 0.845)), null);
        final AlignmentDecision code = new AlignmentDecision(AlignmentDecision.Kind.CODE, "urn:epass:spec:1",
                "http://data.europa.eu/snb/model/elm/EQFLevel", "eqf:6", null, "http://data.europa.eu/snb/eqf/6", null,
                AlignmentDecision.Decision.ALIGNED, "code-in-table", "vocabulary", List.of(), null);
        AlignmentLog log;
        ReviewQueue queue;

        @BeforeEach
        void fullStage() {
            JdbcClient jdbc = JdbcClient.create(DATABASE.dataSource());
            jdbc.sql("DELETE FROM review_item").update();
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(DATABASE.dataSource()));
            log = new AlignmentLog(new NamedParameterJdbcTemplate(DATABASE.dataSource()), transactions);
            queue = new ReviewQueue(jdbc, transactions, EscoFixture.ESCO);
            stage = new RecordStage(trail, log, queue);
        }

        Exchange withDecisions(String outcome) {
            Exchange exchange = exchange(outcome);
            AlignmentDecision.add(exchange, List.of(queued, code));
            return exchange;
        }

        @Test
        void storesThemOnTheReceiptAndQueuesTheUncertainPhrases() throws Exception {
            stage.process(withDecisions("converted"));

            UUID item = queue.items(ReviewStatus.PENDING, 10).get(0).id();
            assertThat(log.of(inputId)).extracting(r -> r.decision().decision(), r -> r.decision().reviewId())
                    .containsExactly(tuple(AlignmentDecision.Decision.QUEUED, item), tuple(AlignmentDecision.Decision.ALIGNED, null));
            assertThat(log.of(inputId).get(1).decision()).isEqualTo(code);
            assertThat(queue.item(item).orElseThrow().inputIds()).containsExactly(inputId);
        }

        @Test
        void storesThemForAQuarantinedInputToo() throws Exception {
            Exchange exchange = withDecisions("quarantined");
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new GatewayException(new Finding(Stage.VALIDATE, "min-count", "x", "y")));
            stage.process(exchange);

            assertThat(log.of(inputId)).hasSize(2);
        }

        @Test
        void storesNothingWhenAlignDidNotRun() throws Exception {
            stage.process(exchange("converted"));

            assertThat(log.of(inputId)).isEmpty();
            assertThat(queue.items(ReviewStatus.PENDING, 10)).isEmpty();
        }
    }
}
