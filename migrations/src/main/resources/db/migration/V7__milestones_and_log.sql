-- Dated deliverables of an initiative, their log (every change, note and re-baseline) and their evidence files.
CREATE TABLE milestone (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    initiative_id BIGINT        NOT NULL,
    title_en      VARCHAR(300)  NOT NULL,
    title_es      VARCHAR(300)  NOT NULL,
    description   VARCHAR(4000) NULL,
    owner_side    VARCHAR(10)   NOT NULL,
    baseline_date DATE          NOT NULL,
    forecast_date DATE          NULL,
    actual_date   DATE          NULL,
    status        VARCHAR(20)   NOT NULL,
    weight        INT           NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
);

CREATE INDEX ix_milestone_initiative ON milestone (initiative_id, baseline_date);
CREATE INDEX ix_milestone_forecast ON milestone (forecast_date);
CREATE INDEX ix_milestone_baseline ON milestone (baseline_date);

CREATE TABLE milestone_log (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    milestone_id      BIGINT        NOT NULL,
    logged_by         VARCHAR(60)   NOT NULL,
    logged_at         DATETIME(6)   NOT NULL,
    changes           VARCHAR(4000) NULL,
    note              VARCHAR(4000) NULL,
    rebaseline_reason VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_log_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id)
);

CREATE INDEX ix_milestone_log_milestone ON milestone_log (milestone_id, logged_at);

CREATE TABLE milestone_evidence (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    milestone_id BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_evidence_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id)
);

CREATE INDEX ix_milestone_evidence_milestone ON milestone_evidence (milestone_id);
