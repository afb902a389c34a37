-- An input left 'received' by a stop on the way (crash, kill) is ended as 'interrupted' by the retention purge
-- (gateway.retention.interrupted-after), so no row says "in progress" forever. Portable SQL for H2 and PostgreSQL.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_outcome_ck;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_outcome_ck
    CHECK (outcome IN ('received', 'converted', 'quarantined', 'duplicate', 'interrupted'));
