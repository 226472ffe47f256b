-- The team view's default order (due date, then id), for open tasks and for all: the database reads the first
-- page in index order instead of sorting every task. An open task has no closed_at.
CREATE INDEX ix_task_open_due ON task (closed_at, due_date, id);
CREATE INDEX ix_task_due ON task (due_date, id);
