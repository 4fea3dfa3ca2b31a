-- Segments (saved target groups) and campaigns sent to them (issue 17 items 4 and 5).
-- Portable H2 2.3 / PostgreSQL.

-- A customer's region, one of the segment criteria (free text such as "Lombardia"; may be unknown).
ALTER TABLE customer ADD COLUMN region VARCHAR(80);

-- Campaign mails carry an HTML part (the open pixel) and a List-Unsubscribe header.
ALTER TABLE outbox_mail ADD COLUMN html_body VARCHAR(40000);
ALTER TABLE outbox_mail ADD COLUMN list_unsubscribe VARCHAR(600);

CREATE TABLE segment (
    id                  BIGINT PRIMARY KEY,
    name                VARCHAR(120) NOT NULL,
    product_ids         VARCHAR(400),
    model               VARCHAR(80),
    serial_from         VARCHAR(80),
    serial_to           VARCHAR(80),
    purchased_from      DATE,
    purchased_to        DATE,
    region              VARCHAR(80),
    language            VARCHAR(8),
    min_complaints      INTEGER,
    complaint_sentiment VARCHAR(20),
    complaints_since    DATE,
    min_cases           INTEGER,
    resolved_since      DATE,
    csat_min            INTEGER,
    csat_max            INTEGER,
    consents            VARCHAR(200),
    created_by          VARCHAR(254) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL
);
CREATE UNIQUE INDEX segment_name_ux ON segment (name);

CREATE TABLE campaign (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    segment_id      BIGINT NOT NULL REFERENCES segment (id),
    subject_en      VARCHAR(200) NOT NULL,
    body_en         VARCHAR(8000) NOT NULL,
    subject_it      VARCHAR(200) NOT NULL,
    body_it         VARCHAR(8000) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    scheduled_at    TIMESTAMP WITH TIME ZONE,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    created_by      VARCHAR(254) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE INDEX campaign_due_ix ON campaign (status, scheduled_at);

-- One message of a campaign to one person (or a test to the supervisor), with its response.
CREATE TABLE campaign_message (
    id              BIGINT PRIMARY KEY,
    campaign_id     BIGINT NOT NULL REFERENCES campaign (id),
    customer_id     BIGINT REFERENCES customer (id),
    channel         VARCHAR(20) NOT NULL,
    outcome         VARCHAR(20) NOT NULL,
    language        VARCHAR(8) NOT NULL,
    outbox_id       BIGINT,
    mail_id         VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE,
    clicked_at      TIMESTAMP WITH TIME ZONE,
    replied_at      TIMESTAMP WITH TIME ZONE,
    unsubscribed_at TIMESTAMP WITH TIME ZONE,
    reply_contact_id BIGINT
);
CREATE UNIQUE INDEX campaign_message_once_ux ON campaign_message (campaign_id, customer_id, channel);
CREATE INDEX campaign_message_cap_ix ON campaign_message (customer_id, outcome, created_at);
CREATE INDEX campaign_message_mail_ix ON campaign_message (mail_id);

-- The key that signs tracking and unsubscribe tokens: drawn once per database (by the first instance
-- that needs it), so every instance, and every restart, verifies the links already sent.
CREATE TABLE signing_key (
    name        VARCHAR(40) PRIMARY KEY,
    secret      VARCHAR(100) NOT NULL
);

INSERT INTO duty_lease (name, holder, expires_at) VALUES ('campaign-sending', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
