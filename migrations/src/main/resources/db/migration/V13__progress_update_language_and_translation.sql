-- The language a progress update is written in: its author's. Updates written before are taken to be in their
-- submitter's preferred language, or else in the language of their country.
ALTER TABLE progress_update ADD COLUMN language VARCHAR(5) NULL;

UPDATE progress_update SET language = (
    SELECT a.preferred_language FROM user_account a WHERE a.username = progress_update.submitted_by)
WHERE submitted_by IS NOT NULL;

UPDATE progress_update SET language = (
    SELECT CASE p.code WHEN 'US' THEN 'EN' WHEN 'MX' THEN 'ES' END FROM party p WHERE p.id = progress_update.party_id)
WHERE language IS NULL;

-- One translation per submitted update, into the other language; the original stays as it was written.
CREATE TABLE progress_update_translation (
    update_id        BIGINT        NOT NULL,
    language         VARCHAR(5)    NOT NULL,
    accomplishments  VARCHAR(4000) NULL,
    next_steps       VARCHAR(4000) NULL,
    risks_and_issues VARCHAR(4000) NULL,
    translated_by    VARCHAR(60)   NOT NULL,
    translated_at    DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (update_id),
    CONSTRAINT fk_put_update FOREIGN KEY (update_id) REFERENCES progress_update (id)
);

-- Who the author (or a program manager of their country) asked to translate the update, and the task they got.
CREATE TABLE progress_update_translator (
    update_id     BIGINT      NOT NULL,
    translator_id BIGINT      NOT NULL,
    task_id       BIGINT      NULL,
    assigned_by   VARCHAR(60) NOT NULL,
    assigned_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (update_id),
    CONSTRAINT fk_putr_update FOREIGN KEY (update_id) REFERENCES progress_update (id),
    CONSTRAINT fk_putr_translator FOREIGN KEY (translator_id) REFERENCES user_account (id),
    CONSTRAINT fk_putr_task FOREIGN KEY (task_id) REFERENCES task (id)
);

CREATE INDEX ix_putr_translator ON progress_update_translator (translator_id);
