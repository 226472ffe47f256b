-- A reporting period, by default a calendar quarter such as 2012-Q2; closing it locks its updates.
CREATE TABLE reporting_period (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    code       VARCHAR(20) NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    state      VARCHAR(10) NOT NULL,
    opened_by  VARCHAR(60) NOT NULL,
    opened_at  DATETIME(6) NOT NULL,
    closed_by  VARCHAR(60) NULL,
    closed_at  DATETIME(6) NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_reporting_period_code UNIQUE (code)
);

-- One update per period, initiative and party, written by that party's oversight lead of the initiative.
CREATE TABLE progress_update (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    period_id        BIGINT        NOT NULL,
    initiative_id    BIGINT        NOT NULL,
    party_id         BIGINT        NOT NULL,
    accomplishments  VARCHAR(4000) NULL,
    next_steps       VARCHAR(4000) NULL,
    risks_and_issues VARCHAR(4000) NULL,
    proposed_health  VARCHAR(10)   NULL,
    state            VARCHAR(10)   NOT NULL,
    locked           BOOLEAN       NOT NULL DEFAULT FALSE,
    return_comment   VARCHAR(2000) NULL,
    submitted_by     VARCHAR(60)   NULL,
    submitted_at     DATETIME(6)   NULL,
    decided_by       VARCHAR(60)   NULL,
    decided_at       DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_progress_update UNIQUE (period_id, initiative_id, party_id),
    CONSTRAINT fk_pu_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_pu_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_pu_party FOREIGN KEY (party_id) REFERENCES party (id)
);

CREATE INDEX ix_pu_initiative ON progress_update (initiative_id, period_id);
