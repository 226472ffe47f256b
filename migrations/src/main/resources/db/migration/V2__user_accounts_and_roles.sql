CREATE TABLE user_account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    username           VARCHAR(60)  NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    party_id           BIGINT       NOT NULL,
    agency_id          BIGINT       NOT NULL,
    preferred_language VARCHAR(5)   NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    failed_logins      INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_user_account_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE INDEX ix_user_account_display_name ON user_account (display_name);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
