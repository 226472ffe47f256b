CREATE TABLE agreement (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    code         VARCHAR(30)   NOT NULL,
    title_en     VARCHAR(300)  NOT NULL,
    title_es     VARCHAR(300)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    signed_on    DATE          NULL,
    signed_place VARCHAR(200)  NULL,
    status       VARCHAR(20)   NOT NULL,
    summary_en   VARCHAR(4000) NULL,
    summary_es   VARCHAR(4000) NULL,
    link         VARCHAR(500)  NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agreement_code UNIQUE (code)
);

CREATE TABLE agreement_signatory (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT       NOT NULL,
    party_id     BIGINT       NOT NULL,
    person_name  VARCHAR(200) NOT NULL,
    person_title VARCHAR(200) NULL,
    agency_id    BIGINT       NULL,
    position     INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_signatory_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_signatory_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_signatory_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE TABLE agreement_document (
    agreement_id BIGINT       NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    PRIMARY KEY (agreement_id),
    CONSTRAINT fk_document_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

CREATE TABLE commitment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    agreement_id   BIGINT        NOT NULL,
    number         INT           NOT NULL,
    title_en       VARCHAR(300)  NOT NULL,
    title_es       VARCHAR(300)  NOT NULL,
    description_en VARCHAR(2000) NULL,
    description_es VARCHAR(2000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_commitment_number UNIQUE (agreement_id, number),
    CONSTRAINT fk_commitment_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

CREATE TABLE governance_body (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT       NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    name_es      VARCHAR(200) NOT NULL,
    cadence      VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_governance_agreement UNIQUE (agreement_id),
    CONSTRAINT fk_governance_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

CREATE TABLE governance_co_chair (
    body_id  BIGINT NOT NULL,
    party_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (body_id, party_id),
    CONSTRAINT fk_co_chair_body FOREIGN KEY (body_id) REFERENCES governance_body (id),
    CONSTRAINT fk_co_chair_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_co_chair_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE governance_member (
    body_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (body_id, user_id),
    CONSTRAINT fk_member_body FOREIGN KEY (body_id) REFERENCES governance_body (id),
    CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
