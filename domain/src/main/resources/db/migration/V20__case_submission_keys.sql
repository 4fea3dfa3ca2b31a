-- Idempotent case submission: a client's Idempotency-Key (or the contact form's per-render key) answers
-- the same case for 24 hours. Only a hash of client and key is kept, and the case's tracking code is kept
-- sealed with a key derived from the Idempotency-Key itself, so the table alone reveals no tracking code.
CREATE TABLE case_submission_key (
    key_hash         VARCHAR(64) PRIMARY KEY,
    case_id          BIGINT NOT NULL REFERENCES support_case (id),
    sealed_code      VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_submission_key_created_ix ON case_submission_key (created_at);
