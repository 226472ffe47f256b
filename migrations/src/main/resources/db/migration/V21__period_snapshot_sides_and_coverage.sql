-- With each period snapshot, the milestones of every initiative by owner side (cancelled ones left out) as of the
-- period's end: total, on time, slipped past the baseline and missed, by the milestones list's rules; and how many
-- initiatives served each commitment at closing. The dashboard compares the open period with these.
CREATE TABLE period_snapshot_side (
    period_id          BIGINT      NOT NULL,
    initiative_id      BIGINT      NOT NULL,
    owner_side         VARCHAR(10) NOT NULL,
    milestones_total   INT         NOT NULL,
    milestones_on_time INT         NOT NULL,
    milestones_slipped INT         NOT NULL,
    milestones_missed  INT         NOT NULL,
    PRIMARY KEY (period_id, initiative_id, owner_side),
    CONSTRAINT fk_period_side_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_period_side_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE INDEX ix_period_side_initiative ON period_snapshot_side (initiative_id);

CREATE TABLE period_snapshot_commitment (
    period_id     BIGINT NOT NULL,
    commitment_id BIGINT NOT NULL,
    initiatives   INT    NOT NULL,
    PRIMARY KEY (period_id, commitment_id),
    CONSTRAINT fk_period_commitment_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_period_commitment_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
);

CREATE INDEX ix_period_commitment_commitment ON period_snapshot_commitment (commitment_id);
