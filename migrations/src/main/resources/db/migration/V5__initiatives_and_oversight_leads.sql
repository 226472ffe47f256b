CREATE TABLE initiative (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code            VARCHAR(30)   NOT NULL,
    title_en        VARCHAR(300)  NOT NULL,
    title_es        VARCHAR(300)  NOT NULL,
    description_en  VARCHAR(4000) NULL,
    description_es  VARCHAR(4000) NULL,
    status          VARCHAR(20)   NOT NULL,
    health          VARCHAR(10)   NOT NULL,
    health_reason   VARCHAR(1000) NULL,
    start_date      DATE          NULL,
    target_end_date DATE          NULL,
    priority        VARCHAR(10)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_initiative_code UNIQUE (code)
);

CREATE INDEX ix_initiative_status ON initiative (status, health);
CREATE INDEX ix_initiative_title_en ON initiative (title_en);

CREATE TABLE initiative_commitment (
    initiative_id BIGINT NOT NULL,
    commitment_id BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, commitment_id),
    CONSTRAINT fk_ic_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_ic_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
);

CREATE INDEX ix_ic_commitment ON initiative_commitment (commitment_id);

CREATE TABLE initiative_lead_agency (
    initiative_id BIGINT NOT NULL,
    party_id      BIGINT NOT NULL,
    agency_id     BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, party_id),
    CONSTRAINT fk_ila_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_ila_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_ila_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE INDEX ix_ila_agency ON initiative_lead_agency (agency_id);

-- One row per period a person led an initiative for a party; the current lead has no end.
CREATE TABLE oversight_assignment (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    initiative_id BIGINT      NOT NULL,
    party_id      BIGINT      NOT NULL,
    lead_id       BIGINT      NOT NULL,
    assigned_by   VARCHAR(60) NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    ended_at      DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_oa_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_oa_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_oa_lead FOREIGN KEY (lead_id) REFERENCES user_account (id)
);

CREATE INDEX ix_oa_initiative ON oversight_assignment (initiative_id, party_id, ended_at);
CREATE INDEX ix_oa_lead ON oversight_assignment (lead_id, ended_at);

CREATE TABLE initiative_note (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    initiative_id BIGINT        NOT NULL,
    author        VARCHAR(60)   NOT NULL,
    party_id      BIGINT        NOT NULL,
    internal      BOOLEAN       NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_note_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_note_party FOREIGN KEY (party_id) REFERENCES party (id)
);

CREATE INDEX ix_note_initiative ON initiative_note (initiative_id, created_at);
