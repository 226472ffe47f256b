-- Every change to agreements, commitments, initiatives and lead assignments: who, when, field, before, after.
-- A row with a visible_to_party_id is seen only by users of that party (party-internal notes).
CREATE TABLE change_history (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    subject_type        VARCHAR(30)   NOT NULL,
    subject_id          BIGINT        NOT NULL,
    field               VARCHAR(60)   NOT NULL,
    old_value           VARCHAR(4000) NULL,
    new_value           VARCHAR(4000) NULL,
    changed_by          VARCHAR(60)   NOT NULL,
    changed_at          DATETIME(6)   NOT NULL,
    visible_to_party_id BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_history_party FOREIGN KEY (visible_to_party_id) REFERENCES party (id)
);

CREATE INDEX ix_history_subject ON change_history (subject_type, subject_id, changed_at);
