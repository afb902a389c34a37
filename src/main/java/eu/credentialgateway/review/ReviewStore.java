package eu.credentialgateway.review;

import eu.credentialgateway.AlignmentDecision.Candidate;
import eu.credentialgateway.align.PhraseKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue's tables ({@code review_item}, {@code review_candidate}, {@code review_input}; Flyway migration V2),
 * in whatever database {@code spring.datasource.*} names. Every write is safe to repeat and to race: the phrase key
 * and the (item, input) pair are unique, and a decision only changes a pending item.
 */
final class ReviewStore {
    static final int MAX_TEXT = 2000;
    static final int MAX_INPUTS_SHOWN = 100;
    private static final String ITEM_COLUMNS = "id, text, lang, status, chosen_uri, created_at, decided_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReviewStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** An item's row without its candidates and inputs. */
    record Row(UUID id, String text, String lang, ReviewStatus status, String chosenUri, Instant created, Instant decided) {
        PhraseKey key() {
            return PhraseKey.of(text, lang);
        }
    }

    /** Every item, for the in-memory cache. */
    List<Row> all() {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_item").query(ReviewStore::row).list();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_item WHERE id = :id").param("id", id).query(ReviewStore::row).optional();
    }

    Optional<Row> findByKey(PhraseKey key) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_item WHERE phrase_key = :key").param("key", key.hash())
                .query(ReviewStore::row).optional();
    }

    /** Inserts a pending item with its candidates; empty when the phrase is queued already (by another thread or instance). */
    Optional<Row> insert(PhraseKey key, String text, List<Candidate> candidates, Instant now) {
        Row row = new Row(UUID.randomUUID(), clip(text, MAX_TEXT), key.lang(), ReviewStatus.PENDING, null, now, null);
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO review_item (id, phrase_key, text, lang, status, created_at)"
                                + " VALUES (:id, :key, :text, :lang, :status, :created)")
                        .param("id", row.id()).param("key", key.hash()).param("text", row.text()).param("lang", clip(key.lang(), 16))
                        .param("status", ReviewStatus.PENDING.id()).param("created", timestamp(now))
                        .update();
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate c = candidates.get(i);
                    jdbc.sql("INSERT INTO review_candidate (review_id, rank, uri, label, score) VALUES (:id, :rank, :uri, :label, :score)")
                            .param("id", row.id()).param("rank", i + 1).param("uri", clip(c.uri(), 512))
                            .param("label", clip(c.label(), 1000)).param("score", c.score())
                            .update();
                }
            });
        } catch (DuplicateKeyException queuedAlready) {
            return Optional.empty();
        }
        return Optional.of(row);
    }

    /** Notes that the phrase was seen in this input (once per input). */
    void link(UUID reviewId, UUID inputId, Instant now) {
        Integer seen = jdbc.sql("SELECT COUNT(*) FROM review_input WHERE review_id = :id AND input_id = :input")
                .param("id", reviewId).param("input", inputId).query(Integer.class).single();
        if (seen > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO review_input (review_id, input_id, seen_at) VALUES (:id, :input, :seen)")
                    .param("id", reviewId).param("input", inputId).param("seen", timestamp(now))
                    .update();
        } catch (DuplicateKeyException raced) {
            // the same input linked by another thread in between: nothing to add
        }
    }

    /** Decides a pending item; false when it is not pending (decided already, or no such item). */
    boolean decide(UUID id, ReviewStatus status, String chosenUri, Instant now) {
        return jdbc.sql("UPDATE review_item SET status = :status, chosen_uri = :uri, decided_at = :decided"
                        + " WHERE id = :id AND status = :pending")
                .param("status", status.id()).param("uri", chosenUri).param("decided", timestamp(now))
                .param("id", id).param("pending", ReviewStatus.PENDING.id())
                .update() == 1;
    }

    /** Items with this status, oldest first, at most {@code limit}. */
    List<Row> withStatus(ReviewStatus status, int limit) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM review_item WHERE status = :status ORDER BY created_at, id"
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .param("status", status.id()).query(ReviewStore::row).list();
    }

    /** The full items of these rows: candidates and (the first {@value #MAX_INPUTS_SHOWN}) input ids. */
    List<ReviewItem> items(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<Candidate>> candidates = new HashMap<>();
        jdbc.sql("SELECT review_id, uri, label, score FROM review_candidate WHERE review_id IN (:ids) ORDER BY review_id, rank")
                .param("ids", ids)
                .query(r -> {
                    candidates.computeIfAbsent(r.getObject("review_id", UUID.class), k -> new ArrayList<>())
                            .add(new Candidate(r.getString("uri"), r.getString("label"), r.getDouble("score")));
                });
        Map<UUID, List<UUID>> inputs = new HashMap<>();
        jdbc.sql("SELECT review_id, input_id FROM (SELECT review_id, input_id, ROW_NUMBER() OVER"
                        + " (PARTITION BY review_id ORDER BY seen_at, input_id) AS n FROM review_input WHERE review_id IN (:ids)) numbered"
                        + " WHERE n <= " + MAX_INPUTS_SHOWN + " ORDER BY review_id, n")
                .param("ids", ids)
                .query(r -> {
                    inputs.computeIfAbsent(r.getObject("review_id", UUID.class), k -> new ArrayList<>()).add(r.getObject("input_id", UUID.class));
                });
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT review_id, COUNT(*) AS seen FROM review_input WHERE review_id IN (:ids) GROUP BY review_id")
                .param("ids", ids)
                .query(r -> {
                    counts.put(r.getObject("review_id", UUID.class), r.getInt("seen"));
                });
        List<ReviewItem> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(new ReviewItem(row.id(), row.text(), row.lang(), row.status().id(), candidates.getOrDefault(row.id(), List.of()),
                    inputs.getOrDefault(row.id(), List.of()), counts.getOrDefault(row.id(), 0), row.created(), row.decided(), row.chosenUri()));
        }
        return out;
    }

    private static Row row(ResultSet r, int n) throws SQLException {
        return new Row(r.getObject("id", UUID.class), r.getString("text"), r.getString("lang"), ReviewStatus.fromId(r.getString("status")),
                r.getString("chosen_uri"), instant(r, "created_at"), instant(r, "decided_at"));
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
