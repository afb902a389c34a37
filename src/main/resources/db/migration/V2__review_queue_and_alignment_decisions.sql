-- The ESCO review queue and the alignment decisions of every input (issue #5).
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL.
-- The texts are learning-outcome phrases (course content); no learner's name, birth date, identifier,
-- e-mail or citizenship is stored (the align stage leaves statements about the learner out).

-- One phrase (normalised text + language) the matcher was not sure of; queued once, decided once.
CREATE TABLE review_item (
    id          UUID                     NOT NULL,
    phrase_key  VARCHAR(64)              NOT NULL,   -- SHA-256 hex of language + "\n" + normalised text
    text        VARCHAR(2000)            NOT NULL,   -- the phrase as first seen
    lang        VARCHAR(16)              NOT NULL,   -- primary language subtag, or 'und'
    status      VARCHAR(16)              NOT NULL,
    chosen_uri  VARCHAR(512),                        -- the ESCO skill accepted
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_item_pk PRIMARY KEY (id),
    CONSTRAINT review_item_phrase_uq UNIQUE (phrase_key),
    CONSTRAINT review_item_status_ck CHECK (status IN ('pending', 'accepted', 'rejected'))
);

CREATE INDEX review_item_status_ix ON review_item (status, created_at);

-- The ranked candidates the matcher offered when the phrase was queued.
CREATE TABLE review_candidate (
    review_id   UUID             NOT NULL,
    rank        INTEGER          NOT NULL,
    uri         VARCHAR(512)     NOT NULL,
    label       VARCHAR(1000),
    score       DOUBLE PRECISION NOT NULL,
    CONSTRAINT review_candidate_pk PRIMARY KEY (review_id, rank),
    CONSTRAINT review_candidate_item_fk FOREIGN KEY (review_id) REFERENCES review_item (id) ON DELETE CASCADE
);

-- The inputs in which a queued phrase was seen.
CREATE TABLE review_input (
    review_id   UUID                     NOT NULL,
    input_id    UUID                     NOT NULL,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_input_pk PRIMARY KEY (review_id, input_id),
    CONSTRAINT review_input_item_fk FOREIGN KEY (review_id) REFERENCES review_item (id) ON DELETE CASCADE,
    CONSTRAINT review_input_audit_fk FOREIGN KEY (input_id) REFERENCES audit_entry (input_id) ON DELETE CASCADE
);

CREATE INDEX review_input_input_ix ON review_input (input_id);

-- Every alignment decision the align stage took for an input: what was matched, to what, with which score, or why not.
CREATE TABLE alignment_decision (
    input_id    UUID                     NOT NULL,
    seq         INTEGER                  NOT NULL,   -- order within the input
    kind        VARCHAR(16)              NOT NULL,   -- esco-uri, esco-text, code
    subject     VARCHAR(1000),
    property    VARCHAR(1000),
    text        VARCHAR(2000),                       -- the phrase, the code or the URI the input gave
    lang        VARCHAR(16),
    target_uri  VARCHAR(1000),
    score       DOUBLE PRECISION,
    decision    VARCHAR(16)              NOT NULL,
    reason      VARCHAR(64)              NOT NULL,
    source      VARCHAR(16),
    review_id   UUID,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alignment_decision_pk PRIMARY KEY (input_id, seq),
    CONSTRAINT alignment_decision_audit_fk FOREIGN KEY (input_id) REFERENCES audit_entry (input_id) ON DELETE CASCADE,
    CONSTRAINT alignment_decision_kind_ck CHECK (kind IN ('esco-uri', 'esco-text', 'code')),
    CONSTRAINT alignment_decision_decision_ck
        CHECK (decision IN ('added', 'kept', 'dropped', 'queued', 'not-added', 'aligned'))
);

CREATE INDEX alignment_decision_review_ix ON alignment_decision (review_id);
