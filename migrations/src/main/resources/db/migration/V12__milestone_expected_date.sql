-- When a milestone is expected: its forecast, else its baseline. Stored (the milestone writes it with every change)
-- so that the due and overdue filters of the milestones list use an index instead of reading every milestone.
ALTER TABLE milestone ADD COLUMN expected_date DATE NULL;
UPDATE milestone SET expected_date = COALESCE(forecast_date, baseline_date);
CREATE INDEX ix_milestone_status_expected ON milestone (status, expected_date);
