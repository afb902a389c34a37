-- Wallet secrets at rest (issue #12, item 6), portable SQL for H2 and PostgreSQL. The pre-authorised code is now
-- derived from the offer id with the wallet secret (WalletKeys) and only its SHA-256 is stored; the PIN is kept as
-- a keyed check (HMAC) and sealed (AES-GCM) for the operator's view, both wiped when the offer is redeemed or expires.
--
-- Upgrade of offers made before this migration: SQL cannot compute an HMAC, so the plaintext codes are dropped
-- here at once, and at the next start LegacyWalletSecrets (before the web server accepts a request) stores the hash
-- of each offer's derived code and replaces a plaintext PIN by its check and sealed form, then clears tx_code.
-- The offers stay usable: the link and QR code the learner holds point at the offer URL, which now serves the
-- derived code; only a wallet that read the offer before the upgrade and had not yet traded the code reads it
-- again. The learner's PIN is unchanged. Expiring the legacy offers instead would have made every learner with an
-- open offer wait for an operator's retry.
ALTER TABLE wallet_offer DROP CONSTRAINT wallet_offer_code_uq;
ALTER TABLE wallet_offer DROP COLUMN pre_authorized_code;
-- SHA-256 (hex) of the derived pre-authorised code; null only for a legacy row until the next start fills it
ALTER TABLE wallet_offer ADD COLUMN code_hash VARCHAR(64);
ALTER TABLE wallet_offer ADD CONSTRAINT wallet_offer_code_hash_uq UNIQUE (code_hash);
-- HMAC-SHA256 (hex) of offer id and PIN, and the PIN under AES-256-GCM (base64url of IV, ciphertext and tag)
ALTER TABLE wallet_offer ADD COLUMN tx_code_check VARCHAR(64);
ALTER TABLE wallet_offer ADD COLUMN tx_code_sealed VARCHAR(128);
-- tx_code (the plaintext PIN) is no longer written: it only holds a legacy PIN until the next start seals it.

-- The nonce endpoint's bound per client: the HMAC (hex) of the client's address, never the address itself.
ALTER TABLE wallet_nonce ADD COLUMN client_key VARCHAR(64);
CREATE INDEX wallet_nonce_client_ix ON wallet_nonce (client_key, expires_at);
