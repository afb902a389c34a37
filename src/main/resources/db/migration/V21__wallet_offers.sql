-- OpenID4VCI credential offers of the wallet delivery target (issue #7), portable SQL for H2 and PostgreSQL.
-- A wallet task stays 'pending' while its offer waits for the wallet; its creation is recorded as an attempt
-- with the outcome 'pending', hence the wider check on delivery_attempt.outcome.
ALTER TABLE delivery_attempt DROP CONSTRAINT delivery_attempt_outcome_ck;
ALTER TABLE delivery_attempt ADD CONSTRAINT delivery_attempt_outcome_ck
    CHECK (outcome IN ('delivered', 'failed-retrying', 'given-up', 'interrupted', 'pending'));

-- One offer per attempt of a wallet task: a new one only when an operator re-arms a task whose offer expired.
-- pre_authorized_code is the bearer secret the offer carries (the offer URI is public to whoever holds the QR
-- code); tx_code is the PIN sent out of band, kept only until the offer is redeemed or expires.
CREATE TABLE wallet_offer (
    offer_id            UUID                     NOT NULL,
    task_id             UUID                     NOT NULL,
    credential_id       VARCHAR(128)             NOT NULL,
    configuration_id    VARCHAR(64)              NOT NULL,
    pre_authorized_code VARCHAR(64)              NOT NULL,
    tx_code             VARCHAR(16),
    tx_code_required    BOOLEAN                  NOT NULL,
    tx_code_failures    INTEGER                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed_at         TIMESTAMP WITH TIME ZONE,
    issued_at           TIMESTAMP WITH TIME ZONE,
    -- the JWK SHA-256 thumbprint of the key the wallet proved possession of (not personal data: a random key)
    holder_key          VARCHAR(64),
    CONSTRAINT wallet_offer_pk PRIMARY KEY (offer_id),
    CONSTRAINT wallet_offer_task_fk FOREIGN KEY (task_id) REFERENCES delivery_task (task_id),
    CONSTRAINT wallet_offer_code_uq UNIQUE (pre_authorized_code)
);

CREATE INDEX wallet_offer_task_ix ON wallet_offer (task_id);

-- Access tokens (SHA-256 of the opaque token, never the token itself) bound to one offer.
CREATE TABLE wallet_token (
    token_hash VARCHAR(64)              NOT NULL,
    offer_id   UUID                     NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT wallet_token_pk PRIMARY KEY (token_hash),
    CONSTRAINT wallet_token_offer_fk FOREIGN KEY (offer_id) REFERENCES wallet_offer (offer_id)
);

-- c_nonce values of the nonce endpoint (SHA-256), single use: deleted when a proof uses one.
CREATE TABLE wallet_nonce (
    nonce_hash VARCHAR(64)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT wallet_nonce_pk PRIMARY KEY (nonce_hash)
);

CREATE INDEX wallet_nonce_expiry_ix ON wallet_nonce (expires_at);
