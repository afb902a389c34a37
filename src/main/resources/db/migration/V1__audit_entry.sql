-- The audit trail: one row per input the gateway received, and what became of it.
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL.
-- It holds hashes, identifiers and finding codes only: never a learner's name, birth date,
-- national identifier or e-mail, and never the inbox file name (it may carry a name).
CREATE TABLE audit_entry (
    input_id      UUID                     NOT NULL,
    content_hash  VARCHAR(64),
    format        VARCHAR(64),
    source        VARCHAR(32),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    outcome       VARCHAR(16)              NOT NULL,
    credential_id VARCHAR(128),
    error_stage   VARCHAR(16),
    error_code    VARCHAR(128),
    error_summary VARCHAR(4000),
    duplicate_of  UUID,
    batch_id      UUID,
    CONSTRAINT audit_entry_pk PRIMARY KEY (input_id),
    CONSTRAINT audit_entry_outcome_ck
        CHECK (outcome IN ('received', 'converted', 'quarantined', 'duplicate'))
);

CREATE INDEX audit_entry_content_hash_ix ON audit_entry (content_hash, format, outcome);
CREATE INDEX audit_entry_outcome_ix ON audit_entry (outcome);
CREATE INDEX audit_entry_batch_ix ON audit_entry (batch_id);
