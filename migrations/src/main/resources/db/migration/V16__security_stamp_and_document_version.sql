-- A counter bumped whenever an account's rights or password change: sessions signed in with an older value end.
ALTER TABLE user_account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;

-- The signed text gets a version like every other edited record: two replacements at once conflict.
ALTER TABLE agreement_document ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
