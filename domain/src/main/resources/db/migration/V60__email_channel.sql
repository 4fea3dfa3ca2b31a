-- The e-mail channel: threading headers on outgoing mail, the Message-IDs of every case's mails,
-- inbound mails (stored once, landed or quarantined), editable templates and the mailbox's state.
ALTER TABLE outbox_mail ADD COLUMN message_id VARCHAR(250);
ALTER TABLE outbox_mail ADD COLUMN in_reply_to VARCHAR(250);
ALTER TABLE outbox_mail ADD COLUMN references_header VARCHAR(4000);
ALTER TABLE outbox_mail ADD COLUMN auto_submitted VARCHAR(30);
ALTER TABLE outbox_mail ADD COLUMN case_number VARCHAR(20);

-- Every Message-ID CareDesk sent or received about a case: what an In-Reply-To is matched against.
CREATE TABLE mail_message_id (
    message_id  VARCHAR(250) PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES support_case (id),
    direction   VARCHAR(10) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mail_message_id_case_ix ON mail_message_id (case_id);

-- Per case: the tracking code the mails link to (the same secret the acknowledgement carries) and
-- the addresses besides the consumer's that took part in the thread (Cc'd by the consumer).
CREATE TABLE case_mail_thread (
    case_id        BIGINT PRIMARY KEY REFERENCES support_case (id),
    tracking_code  VARCHAR(20) NOT NULL
);
CREATE TABLE case_mail_participant (
    case_id  BIGINT NOT NULL REFERENCES support_case (id),
    address  VARCHAR(254) NOT NULL,
    PRIMARY KEY (case_id, address)
);

-- Each mail read from the mailbox, once: dedup_key is the Message-ID, or a content hash without one.
CREATE TABLE inbound_mail (
    id            BIGINT PRIMARY KEY,
    dedup_key     VARCHAR(300) NOT NULL,
    message_id    VARCHAR(250),
    status        VARCHAR(20) NOT NULL,
    reason        VARCHAR(500),
    automatic     VARCHAR(40),
    case_id       BIGINT REFERENCES support_case (id),
    contact_id    BIGINT REFERENCES contact (id),
    sender        VARCHAR(254),
    recipients    VARCHAR(2000),
    subject       VARCHAR(300),
    html          VARCHAR(200000),
    raw           BYTEA,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX inbound_mail_dedup_ux ON inbound_mail (dedup_key);
CREATE INDEX inbound_mail_contact_ix ON inbound_mail (contact_id);
CREATE INDEX inbound_mail_status_ix ON inbound_mail (status);

-- Templates a supervisor changed; the built-in wording applies to every other kind and language.
CREATE TABLE mail_template (
    kind      VARCHAR(30) NOT NULL,
    language  VARCHAR(5) NOT NULL,
    subject   VARCHAR(300) NOT NULL,
    body      VARCHAR(10000) NOT NULL,
    PRIMARY KEY (kind, language)
);

-- The mailbox reader's figures for the supervisor's page and /health (one row).
CREATE TABLE mailbox_state (
    id               INTEGER PRIMARY KEY,
    last_poll_at     TIMESTAMP WITH TIME ZONE,
    last_success_at  TIMESTAMP WITH TIME ZONE,
    fetched          BIGINT DEFAULT 0 NOT NULL,
    quarantined      BIGINT DEFAULT 0 NOT NULL,
    errors           BIGINT DEFAULT 0 NOT NULL,
    last_error       VARCHAR(500)
);
INSERT INTO mailbox_state (id) VALUES (1);
