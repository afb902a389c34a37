package eu.credentialgateway.retention;

import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.deliver.StoredBodyPurge;
import eu.credentialgateway.quarantine.QuarantineStore;
import eu.credentialgateway.record.AuditDetailsPurge;
import eu.credentialgateway.record.AuditTrail;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One retention purge: removes what is older than its {@link RetentionProperties} setting, then records the counts
 * per kind in the actions log (action {@code retention.purge}, actor {@code gateway}) and in one log line. Several
 * instances may run it against one database and one data folder at once: every removal is conditional or tolerates
 * "already gone", and each instance counts only what it removed itself. Nothing younger than its setting, and no
 * input still in the pipeline, is touched.
 */
@Component
public class RetentionPurge {
    /** The actor of the purge's actions and audit marks. */
    public static final String ACTOR = "gateway";
    static final String ACTION = "retention.purge";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final RetentionProperties settings;
    private final QuarantineStore quarantine;
    private final InboxDoneFiles inboxDone;
    private final StoredBodyPurge bodies;
    private final AuditDetailsPurge details;
    private final AuditTrail trail;
    private final ActionLog actions;
    private final Clock clock;

    @Autowired
    public RetentionPurge(RetentionProperties settings, QuarantineStore quarantine,
                          @Value("${gateway.ingest.inbox-dir:${gateway.home:.}/data/inbox}") String inboxDir,
                          StoredBodyPurge bodies, AuditDetailsPurge details, AuditTrail trail, ActionLog actions) {
        this(settings, quarantine, Path.of(inboxDir), bodies, details, trail, actions, Clock.systemDefaultZone());
    }

    /** A purge that reads the time from {@code clock} (tests move it forward instead of waiting). */
    RetentionPurge(RetentionProperties settings, QuarantineStore quarantine, Path inboxDir, StoredBodyPurge bodies,
                   AuditDetailsPurge details, AuditTrail trail, ActionLog actions, Clock clock) {
        this.settings = settings;
        this.quarantine = quarantine;
        this.inboxDone = new InboxDoneFiles(inboxDir, clock.getZone());
        this.bodies = bodies;
        this.details = details;
        this.trail = trail;
        this.actions = actions;
        this.clock = clock;
    }

    /** Runs one purge now; returns what it removed. */
    public PurgeReport run() {
        Instant now = clock.instant();
        int quarantined = kind("quarantine", settings.quarantine(), () -> purgeQuarantine(cutoff(now, settings.quarantine())));
        int done = kind("inbox-done", settings.inboxDone(), () -> inboxDone.deleteBefore(cutoff(now, settings.inboxDone())));
        int bodyCount = kind("credential-bodies", settings.credentialBodies(),
                () -> bodies.deliveredBefore(cutoff(now, settings.credentialBodies())));
        AuditDetailsPurge.Purged purged = new AuditDetailsPurge.Purged(0, 0, 0);
        if (RetentionProperties.on(settings.auditDetails())) {
            try {
                purged = details.before(cutoff(now, settings.auditDetails()));
            } catch (RuntimeException e) {
                failed("audit-details", e);
            }
        }
        int interrupted = kind("interrupted", settings.interruptedAfter(), () -> trail.interruptedBefore(cutoff(now, settings.interruptedAfter())));
        PurgeReport report = new PurgeReport(quarantined, done, bodyCount, purged.inputs(), purged.findings(), purged.alignments(),
                interrupted);
        if (report.removedAny()) {
            actions.record(ACTOR, ACTION, "retention", now.toString(), report.counts());
            LOG.info("retention purge removed {}", report.counts());
        } else {
            LOG.debug("retention purge removed nothing");
        }
        return report;
    }

    private int purgeQuarantine(Instant cutoff) {
        int removed = 0;
        for (UUID inputId : quarantine.quarantinedBefore(cutoff)) {
            if (quarantine.delete(inputId)) {
                removed++;
                trail.quarantineDeleted(inputId, ACTOR);
            }
        }
        return removed;
    }

    private int kind(String name, Duration retention, IntSupplier purge) {
        if (!RetentionProperties.on(retention)) {
            return 0;
        }
        try {
            return purge.getAsInt();
        } catch (RuntimeException e) {
            failed(name, e);
            return 0;
        }
    }

    private static void failed(String kind, RuntimeException e) {
        // the class only: a message may name a path under the inbox, and inbox file names may carry a learner's name
        LOG.warn("retention purge of {} failed ({}); retried at the next run", kind, e.getClass().getName());
    }

    private static Instant cutoff(Instant now, Duration retention) {
        return now.minus(retention);
    }
}
