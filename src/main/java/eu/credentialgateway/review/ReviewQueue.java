package eu.credentialgateway.review;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.ReviewHandOff;
import eu.credentialgateway.align.EscoAlignments;
import eu.credentialgateway.align.EscoUriStatus;
import eu.credentialgateway.align.PhraseKey;
import eu.credentialgateway.align.ReviewedPhrases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ESCO review queue: phrases whose best candidate scored between {@code gateway.align.esco.review-floor} and
 * the accept threshold, one item per normalised text + language ({@link PhraseKey}), kept in the database
 * ({@link ReviewStore}) and answered from memory: every item's state is loaded at start and kept up to date by
 * this instance's own writes, so the align stage asks {@link #verdict} without a database query.
 *
 * <p>Several instances on one database: an item decided on another instance is seen here after a restart, or when
 * this instance next queues the same phrase (queueing reads the item's row, and the cache takes its state).
 */
@Component
public class ReviewQueue implements ReviewedPhrases, ReviewHandOff {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewQueue.class);

    private final ReviewStore store;
    private final EscoAlignments esco;
    private final Clock clock;
    private final Map<PhraseKey, Entry> cache = new ConcurrentHashMap<>();

    /** What the cache knows of an item. */
    private record Entry(UUID id, ReviewStatus status, String chosenUri) {
    }

    @Autowired
    public ReviewQueue(JdbcClient jdbc, TransactionTemplate transactions, EscoAlignments esco) {
        this(jdbc, transactions, esco, Clock.systemUTC());
    }

    public ReviewQueue(JdbcClient jdbc, TransactionTemplate transactions, EscoAlignments esco, Clock clock) {
        this.store = new ReviewStore(jdbc, transactions);
        this.esco = esco;
        this.clock = clock;
        for (ReviewStore.Row row : store.all()) {
            cache.put(row.key(), entry(row));
        }
        LOG.info("review queue: {} item(s) loaded", cache.size());
    }

    @Override
    public Verdict verdict(PhraseKey key) {
        Entry e = cache.get(key);
        if (e == null || e.status() == ReviewStatus.PENDING) {
            return null;
        }
        return new Verdict(e.id(), e.status() == ReviewStatus.ACCEPTED ? e.chosenUri() : null);
    }

    /**
     * Queues a phrase seen in an input (once per phrase; a phrase queued before gets this input added to its item).
     *
     * @return the item's id
     */
    public UUID enqueue(String text, String lang, List<AlignmentDecision.Candidate> candidates, UUID inputId) {
        PhraseKey key = PhraseKey.of(text, lang);
        Entry e = cache.get(key);
        if (e == null) {
            ReviewStore.Row row = store.insert(key, text, candidates, clock.instant())
                    .or(() -> store.findByKey(key))
                    .orElseThrow(() -> new IllegalStateException("review item neither inserted nor found"));
            e = entry(row);
            cache.put(key, e);
        } else if (e.status() == ReviewStatus.PENDING) {
            // another instance may have decided it: the next credential with this phrase will know
            e = store.find(e.id()).map(ReviewQueue::entry).orElse(e);
            cache.put(key, e);
        }
        store.link(e.id(), inputId, clock.instant());
        return e.id();
    }

    /** The input's decisions, each queued one linked to its (new or existing) review item. */
    @Override
    public List<AlignmentDecision> enqueueQueued(List<AlignmentDecision> decisions, UUID inputId) {
        List<AlignmentDecision> out = new ArrayList<>(decisions.size());
        for (AlignmentDecision d : decisions) {
            out.add(d.decision() == AlignmentDecision.Decision.QUEUED ? d.withReviewId(enqueue(d.text(), d.lang(), d.candidates(), inputId)) : d);
        }
        return out;
    }

    /** Items with a status, oldest first. */
    public List<ReviewItem> items(ReviewStatus status, int limit) {
        return store.items(store.withStatus(status, limit));
    }

    public Optional<ReviewItem> item(UUID id) {
        return store.find(id).map(row -> store.items(List.of(row)).get(0));
    }

    /** Accepts a pending item with a released ESCO skill: 404 no such item, 409 decided already, 422 not a released skill. */
    public ReviewItem accept(UUID id, String skillUri) {
        if (skillUri == null || esco.skills().check(skillUri) != EscoUriStatus.KNOWN) {
            throw new ReviewProblem(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-esco-skill",
                    "the uri is not a released ESCO v1.1.1 skill (see GET /api/v1/alignments/esco for candidates)");
        }
        return decide(id, ReviewStatus.ACCEPTED, skillUri.strip());
    }

    /** Rejects a pending item: no skill fits the phrase. 404 no such item, 409 decided already. */
    public ReviewItem reject(UUID id) {
        return decide(id, ReviewStatus.REJECTED, null);
    }

    private ReviewItem decide(UUID id, ReviewStatus status, String skillUri) {
        ReviewStore.Row row = store.find(id).orElseThrow(() -> new ReviewProblem(HttpStatus.NOT_FOUND, "review-not-found",
                "there is no review item with this id"));
        if (!store.decide(id, status, skillUri, clock.instant())) {
            ReviewStore.Row now = store.find(id).orElse(row);
            cache.put(now.key(), entry(now));
            throw new ReviewProblem(HttpStatus.CONFLICT, "review-already-decided", "the review item was " + now.status().id() + " already");
        }
        ReviewStore.Row decided = store.find(id).orElseThrow();
        cache.put(decided.key(), entry(decided));
        LOG.info("review item {} {}", id, status.id());
        return item(id).orElseThrow();
    }

    private static Entry entry(ReviewStore.Row row) {
        return new Entry(row.id(), row.status(), row.chosenUri());
    }
}
