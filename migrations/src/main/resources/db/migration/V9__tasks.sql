-- Assignments to people (usually liaison staff) on an initiative, optionally for one of its milestones.
-- A task marked internal is seen only by users of the party that created it (party_id).
CREATE TABLE task (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    initiative_id   BIGINT        NOT NULL,
    milestone_id    BIGINT        NULL,
    title           VARCHAR(300)  NOT NULL,
    description     VARCHAR(4000) NULL,
    assignee_id     BIGINT        NOT NULL,
    party_id        BIGINT        NOT NULL,
    internal        BOOLEAN       NOT NULL,
    assigned_by     VARCHAR(60)   NOT NULL,
    assigned_at     DATETIME(6)   NOT NULL,
    due_date        DATE          NOT NULL,
    priority        VARCHAR(10)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    blocked_reason  VARCHAR(1000) NULL,
    completion_note VARCHAR(4000) NULL,
    closed_at       DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_task_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id),
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    CONSTRAINT fk_task_party FOREIGN KEY (party_id) REFERENCES party (id)
);

CREATE INDEX ix_task_assignee ON task (assignee_id, status, due_date);
CREATE INDEX ix_task_initiative ON task (initiative_id, status, due_date);
CREATE INDEX ix_task_status_due ON task (status, due_date);
CREATE INDEX ix_task_milestone ON task (milestone_id);

CREATE TABLE task_comment (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    task_id    BIGINT        NOT NULL,
    author     VARCHAR(60)   NOT NULL,
    party_id   BIGINT        NOT NULL,
    internal   BOOLEAN       NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_comment_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_task_comment_party FOREIGN KEY (party_id) REFERENCES party (id)
);

CREATE INDEX ix_task_comment_task ON task_comment (task_id, created_at);

CREATE TABLE task_evidence (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    task_id      BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_evidence_task FOREIGN KEY (task_id) REFERENCES task (id)
);

CREATE INDEX ix_task_evidence_task ON task_evidence (task_id);
