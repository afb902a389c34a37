-- The delivery outbox (issue #7): a finished credential and one task per delivery target, written in ONE
-- transaction by the deliver stage; the dispatcher then claims due tasks (lease columns: a conditional
-- UPDATE, portable to H2 and PostgreSQL) and delivers them. Portable SQL: runs unchanged on both.
-- No personal data outside the credential body itself: last_error and attempt errors are the gateway's
-- own wording (status codes, exception types), never a target's echo of the credential.
CREATE TABLE delivery_credential (
    credential_id VARCHAR(128)             NOT NULL,
    input_id      UUID,
    format        VARCHAR(64),
    batch_id      UUID,
    body          TEXT                     NOT NULL,
    jwt           TEXT,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_credential_pk PRIMARY KEY (credential_id)
);

CREATE INDEX delivery_credential_input_ix ON delivery_credential (input_id);

CREATE TABLE delivery_task (
    task_id            UUID                     NOT NULL,
    credential_id      VARCHAR(128)             NOT NULL,
    target             VARCHAR(32)              NOT NULL,
    state              VARCHAR(16)              NOT NULL,
    attempts           INTEGER                  NOT NULL,
    -- attempts made before the last operator re-arm: the retry budget counts from there
    retry_from         INTEGER                  NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner        VARCHAR(64),
    lease_until        TIMESTAMP WITH TIME ZONE,
    attempt_started_at TIMESTAMP WITH TIME ZONE,
    last_status        INTEGER,
    last_error         VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT delivery_task_pk PRIMARY KEY (task_id),
    CONSTRAINT delivery_task_credential_fk FOREIGN KEY (credential_id) REFERENCES delivery_credential (credential_id),
    CONSTRAINT delivery_task_once_per_target UNIQUE (credential_id, target),
    CONSTRAINT delivery_task_state_ck
        CHECK (state IN ('pending', 'delivered', 'failed-retrying', 'given-up'))
);

CREATE INDEX delivery_task_due_ix ON delivery_task (state, next_attempt_at);

-- One row per finished (or interrupted) attempt: the history the receipt shows.
CREATE TABLE delivery_attempt (
    task_id     UUID                     NOT NULL,
    attempt     INTEGER                  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(16)              NOT NULL,
    http_status INTEGER,
    error       VARCHAR(500),
    CONSTRAINT delivery_attempt_pk PRIMARY KEY (task_id, attempt),
    CONSTRAINT delivery_attempt_task_fk FOREIGN KEY (task_id) REFERENCES delivery_task (task_id),
    CONSTRAINT delivery_attempt_outcome_ck
        CHECK (outcome IN ('delivered', 'failed-retrying', 'given-up', 'interrupted'))
);
