-- Outgoing e-mail, written in the same transaction as what caused it and delivered after commit.
CREATE TABLE outbox_mail (
    id          BIGINT PRIMARY KEY,
    recipient   VARCHAR(254) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE,
    attempts    INTEGER DEFAULT 0 NOT NULL,
    last_error  VARCHAR(500)
);
CREATE INDEX outbox_mail_recipient_ix ON outbox_mail (recipient);
