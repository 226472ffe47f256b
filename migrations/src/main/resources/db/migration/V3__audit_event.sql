CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(60)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    target         VARCHAR(200)  NULL,
    outcome        VARCHAR(20)   NOT NULL,
    details        VARCHAR(1000) NULL,
    client_address VARCHAR(45)   NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
