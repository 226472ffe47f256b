-- Issued reports: frozen copies of bilateral reports as sent to both governments, each with the SHA-256 of its
-- bytes so that anyone can verify a copy. Rows are only ever inserted: db/vendor/*/V15 adds triggers that refuse
-- UPDATE and DELETE. series_key names the period (or date range), scope, language and format; each issue of the
-- same series is the next version, and names the one it supersedes (at most one successor each).
CREATE TABLE issued_report (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    identifier    VARCHAR(80)   NOT NULL,
    series_key    VARCHAR(120)  NOT NULL,
    version       INT           NOT NULL,
    period_id     BIGINT        NULL,
    period_code   VARCHAR(20)   NULL,
    date_from     DATE          NOT NULL,
    date_to       DATE          NOT NULL,
    scope_kind    VARCHAR(12)   NOT NULL,
    scope_id      BIGINT        NULL,
    language      VARCHAR(12)   NOT NULL,
    format        VARCHAR(5)    NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    data_sha256   VARCHAR(64)   NULL,
    size_bytes    BIGINT        NOT NULL,
    pages         INT           NOT NULL,
    issued_by     VARCHAR(60)   NOT NULL,
    issued_at     DATETIME(6)   NOT NULL,
    supersedes_id BIGINT        NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_issued_report_identifier UNIQUE (identifier),
    CONSTRAINT uk_issued_report_series_version UNIQUE (series_key, version),
    CONSTRAINT uk_issued_report_supersedes UNIQUE (supersedes_id),
    CONSTRAINT fk_issued_report_supersedes FOREIGN KEY (supersedes_id) REFERENCES issued_report (id)
);

CREATE INDEX ix_issued_report_sha256 ON issued_report (sha256);
CREATE INDEX ix_issued_report_data_sha256 ON issued_report (data_sha256);
CREATE INDEX ix_issued_report_issued ON issued_report (issued_at);
CREATE INDEX ix_issued_report_scope ON issued_report (scope_kind, scope_id, date_from);

-- The file itself, apart so that lists never read it.
CREATE TABLE issued_report_content (
    issued_report_id BIGINT   NOT NULL,
    content          LONGBLOB NOT NULL,
    PRIMARY KEY (issued_report_id),
    CONSTRAINT fk_issued_report_content FOREIGN KEY (issued_report_id) REFERENCES issued_report (id)
);

-- What the report said, for "what changed since the last issued report": per initiative its health and status,
-- per milestone its schedule state, per initiative and party the SHA-256 of its open risks' text.
CREATE TABLE issued_report_initiative (
    issued_report_id BIGINT      NOT NULL,
    initiative_id    BIGINT      NOT NULL,
    health           VARCHAR(20) NULL,
    status           VARCHAR(20) NULL,
    PRIMARY KEY (issued_report_id, initiative_id),
    CONSTRAINT fk_issued_report_initiative FOREIGN KEY (issued_report_id) REFERENCES issued_report (id)
);

CREATE TABLE issued_report_milestone (
    issued_report_id BIGINT      NOT NULL,
    milestone_id     BIGINT      NOT NULL,
    schedule_state   VARCHAR(20) NULL,
    done             BOOLEAN     NOT NULL,
    PRIMARY KEY (issued_report_id, milestone_id),
    CONSTRAINT fk_issued_report_milestone FOREIGN KEY (issued_report_id) REFERENCES issued_report (id)
);

CREATE TABLE issued_report_risk (
    issued_report_id BIGINT      NOT NULL,
    initiative_id    BIGINT      NOT NULL,
    party_code       VARCHAR(5)  NOT NULL,
    risks_sha256     VARCHAR(64) NOT NULL,
    PRIMARY KEY (issued_report_id, initiative_id, party_code),
    CONSTRAINT fk_issued_report_risk FOREIGN KEY (issued_report_id) REFERENCES issued_report (id)
);

-- An e-mail announcing an issued report may carry its file: the dispatcher attaches it when sending.
ALTER TABLE mail_message ADD COLUMN issued_report_id BIGINT NULL;
ALTER TABLE mail_message ADD CONSTRAINT fk_mail_message_issued_report FOREIGN KEY (issued_report_id)
    REFERENCES issued_report (id);
