-- The audit trail reads the change history newest first across every record: the time alone needs an index.
CREATE INDEX ix_history_changed_at ON change_history (changed_at, id);
