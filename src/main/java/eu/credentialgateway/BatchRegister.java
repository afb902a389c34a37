package eu.credentialgateway;

import java.util.UUID;

/**
 * Where the ingest stage registers a batch file it splits into rows, and marks it finished once its rows are done.
 * The record stage's batch log keeps them; the interface sits here so that ingest does not depend on record.
 */
public interface BatchRegister {
    /** A batch file's rows start: its id, format and source ({@code http}, {@code inbox}). */
    void started(UUID batchId, String format, String source);

    /** Every row of the batch has an outcome. */
    void finished(UUID batchId);
}
