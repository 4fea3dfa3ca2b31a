-- Issue 15: a second factor for staff sign-in. The TOTP secret is sealed (AES-GCM, SecretSealing);
-- recovery codes are kept only as hashes, each usable once (used_at).
CREATE TABLE staff_second_factor (
    user_id      BIGINT PRIMARY KEY REFERENCES app_user (id),
    sealed_secret VARCHAR(300) NOT NULL,
    confirmed_at TIMESTAMP,
    last_step    BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE second_factor_recovery_code (
    user_id   BIGINT NOT NULL REFERENCES app_user (id),
    code_hash VARCHAR(100) NOT NULL,
    used_at   TIMESTAMP,
    PRIMARY KEY (user_id, code_hash)
);
