-- Per closed reporting period and initiative, how it stood when the period closed: its status and health and its
-- milestones (cancelled ones left out) as of the period's end: total, done, late (overdue, missed or slipped past
-- the baseline) and on time, by the report's schedule rules. Written once at closing, never recomputed, so that
-- trends over periods show what was true then rather than today's data.
CREATE TABLE period_snapshot (
    period_id          BIGINT      NOT NULL,
    initiative_id      BIGINT      NOT NULL,
    status             VARCHAR(20) NOT NULL,
    health             VARCHAR(10) NOT NULL,
    milestones_total   INT         NOT NULL,
    milestones_done    INT         NOT NULL,
    milestones_late    INT         NOT NULL,
    milestones_on_time INT         NOT NULL,
    taken_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (period_id, initiative_id),
    CONSTRAINT fk_period_snapshot_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_period_snapshot_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

-- The primary key serves the reads by period; this one the initiative's foreign key.
CREATE INDEX ix_period_snapshot_initiative ON period_snapshot (initiative_id);
