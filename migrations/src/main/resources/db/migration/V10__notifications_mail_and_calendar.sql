-- What the portal tells people: in-app notifications, the e-mails it sends (or holds when no SMTP server is
-- configured), each person's choices, the reminders already sent, the scheduler lock shared by all nodes,
-- and the secret calendar feeds.
CREATE TABLE notification (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    recipient_id  BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    task_id       BIGINT       NULL,
    milestone_id  BIGINT       NULL,
    initiative_id BIGINT       NULL,
    subject       VARCHAR(300) NOT NULL,
    detail        VARCHAR(300) NULL,
    actor         VARCHAR(120) NULL,
    created_at    DATETIME(6)  NOT NULL,
    read_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id)
);

CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
CREATE INDEX ix_notification_created ON notification (created_at);

-- One row per e-mail. dedup_key makes every reminder and digest unique: a second node inserting the same
-- one fails on the constraint instead of sending twice.
CREATE TABLE mail_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id    BIGINT        NULL,
    to_address      VARCHAR(254)  NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    dedup_key       VARCHAR(150)  NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_until   DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_message_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_mail_message_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id)
);

CREATE INDEX ix_mail_message_due ON mail_message (status, next_attempt_at);
CREATE INDEX ix_mail_message_created ON mail_message (created_at);

CREATE TABLE notification_preference (
    user_id          BIGINT      NOT NULL,
    email_assigned   BOOLEAN     NOT NULL,
    email_due_soon   BOOLEAN     NOT NULL,
    email_overdue    BOOLEAN     NOT NULL,
    email_comment    BOOLEAN     NOT NULL,
    email_milestone  BOOLEAN     NOT NULL,
    daily_digest     BOOLEAN     NOT NULL,
    last_digest_at   DATETIME(6) NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- The reminders already given: one per task, kind (due soon, overdue) and due date, whichever node gave it.
CREATE TABLE reminder_sent (
    task_id  BIGINT      NOT NULL,
    kind     VARCHAR(20) NOT NULL,
    due_date DATE        NOT NULL,
    sent_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (task_id, kind, due_date),
    CONSTRAINT fk_reminder_sent_task FOREIGN KEY (task_id) REFERENCES task (id)
);

-- ShedLock's table: one row per scheduled job, held by one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);

CREATE TABLE calendar_feed (
    user_id    BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
