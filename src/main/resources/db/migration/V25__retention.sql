-- Retention (issue #13, item 4), portable SQL for H2 and PostgreSQL. The rows stay; what retention removes is said on them.

-- A quarantine entry's files removed (by an operator's DELETE or by the retention purge): when and by whom
-- (an API key id or token subject, or 'gateway' for the purge).
ALTER TABLE audit_entry ADD COLUMN quarantine_deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_entry ADD COLUMN quarantine_deleted_by VARCHAR(200);
-- The audit details (error summary, findings, alignment decisions) purged: when, and how many there were.
ALTER TABLE audit_entry ADD COLUMN details_purged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_entry ADD COLUMN finding_count INTEGER;
ALTER TABLE audit_entry ADD COLUMN alignment_count INTEGER;
CREATE INDEX audit_entry_finished_ix ON audit_entry (finished_at);

-- The stored credential body (and its JWT form) removed after every task was delivered: the row and its tasks stay
-- for the receipts. body is then the empty string (the column stays NOT NULL).
ALTER TABLE delivery_credential ADD COLUMN body_purged_at TIMESTAMP WITH TIME ZONE;
