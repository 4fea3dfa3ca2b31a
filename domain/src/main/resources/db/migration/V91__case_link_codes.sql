-- Mails about a case link to it with a code of their own, kept only as a hash (like the case's own
-- tracking code). The plain tracking codes kept for those links until now are dropped with their table.
CREATE TABLE case_link_code (
    code_hash   VARCHAR(64) PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES support_case (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_link_code_case_ix ON case_link_code (case_id);
DROP TABLE case_mail_thread;
