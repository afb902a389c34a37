package eu.credentialgateway.deliver;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the stored body (and JWT form) of credentials whose every delivery task was delivered before a cutoff. The
 * credential row, its tasks and attempts stay, so receipts still show every delivery; {@code body_purged_at} says
 * when the body went. A credential with a task in any other state (pending, retrying, given up: an operator may
 * re-arm it) keeps its body.
 *
 * <p>Safe with several instances on one database: each credential is purged in its own transaction that first takes
 * the row (a conditional UPDATE, so one instance wins) and only then, in a fresh statement, checks the tasks again.
 * The deliver stage takes the same row before adding a task to a known credential ({@link DeliveryStore#store}), so a
 * task added meanwhile is either seen here (the purge is rolled back) or finds the body purged and puts it back.
 */
@Component
public class StoredBodyPurge {
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    public StoredBodyPurge(JdbcClient jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    StoredBodyPurge(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Purges the bodies of credentials fully delivered before {@code cutoff}; returns how many this call purged. */
    public int deliveredBefore(Instant cutoff) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        int purged = 0;
        while (true) {
            List<String> candidates = jdbc.sql("SELECT c.credential_id FROM delivery_credential c WHERE c.body_purged_at IS NULL"
                            + " AND EXISTS (SELECT 1 FROM delivery_task t WHERE t.credential_id = c.credential_id)"
                            + " AND NOT EXISTS (SELECT 1 FROM delivery_task t WHERE t.credential_id = c.credential_id"
                            + " AND (t.state <> 'delivered' OR t.delivered_at IS NULL OR t.delivered_at >= :before))"
                            + " ORDER BY c.stored_at FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("before", before).query(String.class).list();
            int round = 0;
            for (String credentialId : candidates) {
                round += purgeOne(credentialId, before) ? 1 : 0;
            }
            purged += round;
            if (candidates.size() < BATCH || round == 0) {
                return purged;
            }
        }
    }

    private boolean purgeOne(String credentialId, OffsetDateTime before) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Boolean done = transactions.execute(status -> {
            int taken = jdbc.sql("UPDATE delivery_credential SET body_purged_at = :now WHERE credential_id = :id AND body_purged_at IS NULL")
                    .param("now", now).param("id", credentialId).update();
            if (taken == 0) {
                return false;
            }
            long open = jdbc.sql("SELECT COUNT(*) FROM delivery_task WHERE credential_id = :id"
                            + " AND (state <> 'delivered' OR delivered_at IS NULL OR delivered_at >= :before)")
                    .param("id", credentialId).param("before", before).query(Long.class).single();
            if (open > 0) {
                status.setRollbackOnly();
                return false;
            }
            jdbc.sql("UPDATE delivery_credential SET body = '', jwt = NULL WHERE credential_id = :id")
                    .param("id", credentialId).update();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }
}
