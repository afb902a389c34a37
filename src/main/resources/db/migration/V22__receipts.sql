-- Receipts and batch summaries (issue #7, point 4): what each step did to an input, its seal, the batch it
-- came in and the form of the credential stored for delivery. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Codes, locations, identifiers, key ids and certificate subjects of the ISSUER only: never a learner's data.

-- The data row of a CSV/XLSX batch an input was split from (1-based), null for other inputs.
ALTER TABLE audit_entry ADD COLUMN batch_row INTEGER;

-- One batch file (CSV, XLSX): when it was opened and when its last row was done.
CREATE TABLE input_batch (
    batch_id    UUID                     NOT NULL,
    format      VARCHAR(64),
    source      VARCHAR(32),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT input_batch_pk PRIMARY KEY (batch_id)
);

-- Every gateway:<step> an input went through, in order, with its outcome.
CREATE TABLE input_step (
    input_id    UUID                     NOT NULL,
    seq         INTEGER                  NOT NULL,
    step        VARCHAR(32)              NOT NULL,
    outcome     VARCHAR(16)              NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_us BIGINT                   NOT NULL,
    CONSTRAINT input_step_pk PRIMARY KEY (input_id, seq),
    CONSTRAINT input_step_audit_fk FOREIGN KEY (input_id) REFERENCES audit_entry (input_id) ON DELETE CASCADE,
    CONSTRAINT input_step_outcome_ck CHECK (outcome IN ('passed', 'failed'))
);

-- The findings of an input: the notes (warnings) each step left and the errors that quarantined it.
-- Code and location only: a finding's message is on the audit row's bounded error summary, not here.
CREATE TABLE input_finding (
    input_id  UUID         NOT NULL,
    seq       INTEGER      NOT NULL,
    step_seq  INTEGER,
    severity  VARCHAR(8)   NOT NULL,
    stage     VARCHAR(16)  NOT NULL,
    code      VARCHAR(128) NOT NULL,
    location  VARCHAR(300),
    CONSTRAINT input_finding_pk PRIMARY KEY (input_id, seq),
    CONSTRAINT input_finding_audit_fk FOREIGN KEY (input_id) REFERENCES audit_entry (input_id) ON DELETE CASCADE,
    CONSTRAINT input_finding_severity_ck CHECK (severity IN ('note', 'error'))
);

-- The seals made for an input: the output profile's form, and the EBSI JWT form made for a target that takes JWTs.
CREATE TABLE input_seal (
    input_id            UUID                     NOT NULL,
    seq                 INTEGER                  NOT NULL,
    purpose             VARCHAR(16)              NOT NULL,
    profile             VARCHAR(32)              NOT NULL,
    media_type          VARCHAR(64),
    sealed              BOOLEAN                  NOT NULL,
    signature_format    VARCHAR(32),
    algorithm           VARCHAR(16),
    key_id              VARCHAR(128),
    certificate_subject VARCHAR(1000),
    certificate_sha256  VARCHAR(64),
    signing_time        TIMESTAMP WITH TIME ZONE,
    demo                BOOLEAN                  NOT NULL,
    credential_id       VARCHAR(128),
    CONSTRAINT input_seal_pk PRIMARY KEY (input_id, seq),
    CONSTRAINT input_seal_audit_fk FOREIGN KEY (input_id) REFERENCES audit_entry (input_id) ON DELETE CASCADE,
    CONSTRAINT input_seal_purpose_ck CHECK (purpose IN ('output', 'jwt-form'))
);

-- The media type of the stored credential body (its form), so the outbox file gets the form's extension.
ALTER TABLE delivery_credential ADD COLUMN media_type VARCHAR(64);

CREATE INDEX delivery_credential_batch_ix ON delivery_credential (batch_id);
