package eu.credentialgateway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.AlignmentDecision.Candidate;
import eu.credentialgateway.align.EscoFixture;
import eu.credentialgateway.align.PhraseKey;
import eu.credentialgateway.align.ReviewedPhrases;
import eu.credentialgateway.record.AuditTrail;
import eu.credentialgateway.record.InputReceipt;
import eu.credentialgateway.record.RecordProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The review queue's behaviour, run against each database the gateway supports (see the subclasses). */
abstract class ReviewQueueContract {
    static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    static final String COMPUTER_PROGRAMMING = "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97";
    static final String OBSOLETE = "http://data.europa.eu/esco/skill/03ae1add-eecd-46b1-8117-742b4d7666d4";
    static final List<Candidate> CANDIDATES = List.of(new Candidate(PYTHON, "Python (computer programming)", 0.845),
            new Candidate(COMPUTER_PROGRAMMING, "computer programming", 0.437));

    JdbcClient jdbc;
    TransactionTemplate transactions;
    AuditTrail trail;
    ReviewQueue queue;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyQueue() {
        jdbc = JdbcClient.create(dataSource());
        jdbc.sql("DELETE FROM review_item").update();
        jdbc.sql("DELETE FROM audit_entry").update();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
        trail = new AuditTrail(jdbc, RecordProperties.defaults());
        queue = restart();
    }

    ReviewQueue restart() {
        return new ReviewQueue(jdbc, transactions, EscoFixture.ESCO);
    }

    UUID input() {
        UUID id = UUID.randomUUID();
        trail.received(new InputReceipt(id, "a".repeat(64), "openbadges-v3", "http", Instant.now()));
        return id;
    }

    @Test
    void queuesAPhraseOnceHoweverOftenAndHoweverWritten() {
        UUID first = input();
        UUID second = input();
        UUID id = queue.enqueue("Python programming", "en", CANDIDATES, first);
        assertThat(queue.enqueue("  python PROGRAMMING.", "en-GB", CANDIDATES, second)).isEqualTo(id);
        assertThat(queue.enqueue("Python programming", "en", CANDIDATES, second)).isEqualTo(id);

        List<ReviewItem> pending = queue.items(ReviewStatus.PENDING, 100);
        assertThat(pending).hasSize(1);
        ReviewItem item = pending.get(0);
        assertThat(item.id()).isEqualTo(id);
        assertThat(item.text()).isEqualTo("Python programming");
        assertThat(item.lang()).isEqualTo("en");
        assertThat(item.status()).isEqualTo("pending");
        assertThat(item.candidates()).isEqualTo(CANDIDATES);
        assertThat(item.inputIds()).containsExactlyInAnyOrder(first, second);
        assertThat(item.inputCount()).isEqualTo(2);
        assertThat(item.created()).isNotNull();
        assertThat(item.decided()).isNull();
        assertThat(queue.verdict(PhraseKey.of("Python programming", "en"))).isNull();
    }

    @Test
    void theSamePhraseInAnotherLanguageIsAnotherItem() {
        UUID input = input();
        assertThat(queue.enqueue("Python programming", "en", CANDIDATES, input))
                .isNotEqualTo(queue.enqueue("Python programming", "und", CANDIDATES, input));
        assertThat(queue.items(ReviewStatus.PENDING, 100)).hasSize(2);
    }

    @Test
    void linksTheQueuedDecisionsOfAnInputToTheirItems() {
        UUID input = input();
        AlignmentDecision queued = new AlignmentDecision(AlignmentDecision.Kind.ESCO_TEXT, "urn:epass:lo:1", "http://purl.org/dc/terms/title",
                "Python programming", "en", null, 0.845, AlignmentDecision.Decision.QUEUED, "score-in-review-range", "matcher", CANDIDATES, null);
        AlignmentDecision added = new AlignmentDecision(AlignmentDecision.Kind.ESCO_TEXT, "urn:epass:lo:2", "http://purl.org/dc/terms/title",
                "Work in teams", "en", "x", 1.0, AlignmentDecision.Decision.ADDED, "score-at-or-above-threshold", "matcher", List.of(), null);

        List<AlignmentDecision> linked = queue.enqueueQueued(List.of(queued, added), input);

        assertThat(linked.get(0).reviewId()).isEqualTo(queue.items(ReviewStatus.PENDING, 10).get(0).id());
        assertThat(linked.get(1)).isEqualTo(added);
    }

    @Test
    void remembersAnAcceptedSkillAcrossARestart() {
        UUID id = queue.enqueue("Python programming", "en", CANDIDATES, input());
        ReviewItem accepted = queue.accept(id, PYTHON);
        assertThat(accepted.status()).isEqualTo("accepted");
        assertThat(accepted.chosenUri()).isEqualTo(PYTHON);
        assertThat(accepted.decided()).isNotNull();
        assertThat(queue.verdict(PhraseKey.of("python programming", "en"))).isEqualTo(new ReviewedPhrases.Verdict(id, PYTHON));

        ReviewQueue restarted = restart();
        assertThat(restarted.verdict(PhraseKey.of("Python programming.", "en"))).isEqualTo(new ReviewedPhrases.Verdict(id, PYTHON));
        assertThat(restarted.items(ReviewStatus.PENDING, 10)).isEmpty();
        assertThat(restarted.items(ReviewStatus.ACCEPTED, 10)).extracting(ReviewItem::id).containsExactly(id);
    }

    @Test
    void remembersARejectionAcrossARestart() {
        UUID id = queue.enqueue("Erasmus exchange semester", "en", CANDIDATES, input());
        assertThat(queue.reject(id).status()).isEqualTo("rejected");
        ReviewedPhrases.Verdict verdict = restart().verdict(PhraseKey.of("Erasmus exchange semester", "en"));
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reviewId()).isEqualTo(id);
    }

    @Test
    void acceptsOnlyAReleasedEscoSkill() {
        UUID id = queue.enqueue("Python programming", "en", CANDIDATES, input());
        for (String uri : new String[] {"http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000", OBSOLETE, "not a uri"}) {
            assertThatThrownBy(() -> queue.accept(id, uri)).isInstanceOfSatisfying(ReviewProblem.class,
                    p -> assertThat(p.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY));
        }
        assertThat(queue.item(id).orElseThrow().status()).isEqualTo("pending");
    }

    @Test
    void decidesAnItemOnlyOnce() {
        UUID id = queue.enqueue("Python programming", "en", CANDIDATES, input());
        queue.reject(id);
        assertThatThrownBy(() -> queue.accept(id, PYTHON)).isInstanceOfSatisfying(ReviewProblem.class,
                p -> assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThatThrownBy(() -> queue.reject(id)).isInstanceOfSatisfying(ReviewProblem.class,
                p -> assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void answersNotFoundForAnUnknownItem() {
        assertThat(queue.item(UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> queue.reject(UUID.randomUUID())).isInstanceOfSatisfying(ReviewProblem.class,
                p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void learnsOfADecisionTakenByAnotherInstanceWhenItQueuesThePhraseAgain() {
        UUID id = queue.enqueue("Python programming", "en", CANDIDATES, input());
        ReviewQueue other = restart();
        other.accept(id, PYTHON);
        assertThat(queue.verdict(PhraseKey.of("Python programming", "en"))).isNull();

        queue.enqueue("Python programming", "en", CANDIDATES, input());

        assertThat(queue.verdict(PhraseKey.of("Python programming", "en"))).isEqualTo(new ReviewedPhrases.Verdict(id, PYTHON));
    }
}
