-- Agencies in use are deactivated, never deleted: forms and filters offer the active ones only.
ALTER TABLE agency ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
