-- Customer self-service: attachments on cases, the consumer's rating of a case, and the
-- one-time e-mail tokens of registration and password reset. Portable to H2 2.3 and PostgreSQL.

-- The consumer's rating (CSAT 1-5) once the case is resolved; given once.
ALTER TABLE support_case ADD COLUMN csat_score INTEGER;
ALTER TABLE support_case ADD COLUMN csat_comment VARCHAR(2000);
ALTER TABLE support_case ADD COLUMN csat_at TIMESTAMP WITH TIME ZONE;

-- Photos and PDFs a consumer attaches to a case. Kept in the database (BYTEA is BINARY VARYING
-- on H2), so every instance of a cluster serves them and erasure removes them in one transaction.
CREATE TABLE case_attachment (
    id               BIGINT PRIMARY KEY,
    case_id          BIGINT NOT NULL REFERENCES support_case (id),
    file_name        VARCHAR(200) NOT NULL,
    content_type     VARCHAR(60) NOT NULL,
    size_bytes       BIGINT NOT NULL,
    content          BYTEA NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_attachment_case_ix ON case_attachment (case_id, uploaded_at);

-- Links sent by e-mail: verify an address, reset a password. Only a hash of the token is kept.
CREATE TABLE email_token (
    id               BIGINT PRIMARY KEY,
    token_hash       VARCHAR(100) NOT NULL,
    purpose          VARCHAR(20) NOT NULL,
    user_id          BIGINT NOT NULL REFERENCES app_user (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX email_token_hash_ux ON email_token (token_hash);
CREATE INDEX email_token_user_ix ON email_token (user_id);

-- An address is verified once its owner followed the link; until then the login is disabled.
ALTER TABLE app_user ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
UPDATE app_user SET email_verified_at = created_at;

-- Anonymous cases join an account when its owner verifies the same e-mail.
CREATE INDEX support_case_contact_email_ix ON support_case (contact_email);
