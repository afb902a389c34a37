-- The trust boundary (issue #12), portable SQL for H2 and PostgreSQL.

-- API keys of machine clients. Only the SHA-256 of a key is kept: a key is 256 random bits, so a plain hash cannot
-- be reversed or guessed, and it can be looked up by index on every request (a slow password hash would cost
-- ~100 ms a request for no gain). roles, formats, targets and vouches are comma-separated lists; an empty formats
-- or targets list means "no limit".
CREATE TABLE api_key (
    key_id      UUID                     NOT NULL,
    name        VARCHAR(100)             NOT NULL,
    key_hash    VARCHAR(64)              NOT NULL,
    roles       VARCHAR(200)             NOT NULL,
    formats     VARCHAR(1000)            NOT NULL,
    targets     VARCHAR(1000)            NOT NULL,
    vouches     VARCHAR(1000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200)             NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    revoked_by  VARCHAR(200),
    CONSTRAINT api_key_pk PRIMARY KEY (key_id),
    CONSTRAINT api_key_hash_uq UNIQUE (key_hash)
);

-- Who did what: every state-changing or sensitive action with its actor (an API key id or a token subject, never a
-- learner's data), the object it touched, and a short detail of codes and identifiers.
CREATE TABLE action_log (
    action_id   UUID                     NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)             NOT NULL,
    action      VARCHAR(64)              NOT NULL,
    object_type VARCHAR(32)              NOT NULL,
    object_id   VARCHAR(200)             NOT NULL,
    detail      VARCHAR(500),
    CONSTRAINT action_log_pk PRIMARY KEY (action_id)
);

CREATE INDEX action_log_at_ix ON action_log (at);
CREATE INDEX action_log_object_ix ON action_log (object_id);

-- Who submitted an input (API key id or token subject; 'inbox' for a folder).
ALTER TABLE audit_entry ADD COLUMN submitted_by VARCHAR(200);
