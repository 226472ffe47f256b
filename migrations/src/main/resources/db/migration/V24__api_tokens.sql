-- Partner API access: personal access tokens and the service accounts of partner systems. A service account is a
-- user account that never signs in with a password; its tokens are its only way in.
ALTER TABLE user_account ADD COLUMN service_account BOOLEAN NOT NULL DEFAULT FALSE;

-- A token is presented as acc_<public_id>_<secret>: looked up by its public id, checked against the SHA-256 hash
-- of its secret. The secret itself is never stored.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id     BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    public_id    VARCHAR(16)  NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    scope        VARCHAR(20)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_public_id UNIQUE (public_id),
    CONSTRAINT uk_api_token_owner_name UNIQUE (owner_id, name),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);
