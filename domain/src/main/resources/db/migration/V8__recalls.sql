-- Alert decision history, recall notices and their reach (issue 7). Portable H2 2.3 / PostgreSQL.

-- Every supervisor decision on an alert, oldest first: who, when, what and why.
CREATE TABLE alert_decision (
    id               BIGINT PRIMARY KEY,
    alert_id         BIGINT NOT NULL REFERENCES alert (id),
    status           VARCHAR(20) NOT NULL,
    reason           VARCHAR(2000),
    decided_by       VARCHAR(254) NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX alert_decision_alert_ix ON alert_decision (alert_id, decided_at);

-- A recall notice for a product; no serial bounds means every unit is affected.
CREATE TABLE recall_notice (
    id               BIGINT PRIMARY KEY,
    product_id       BIGINT NOT NULL REFERENCES product (id),
    alert_id         BIGINT REFERENCES alert (id),
    serial_from      VARCHAR(80),
    serial_to        VARCHAR(80),
    issued_by        VARCHAR(254) NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX recall_notice_product_ix ON recall_notice (product_id);

-- The notice's wording, one row per language it was written in.
CREATE TABLE recall_notice_text (
    notice_id        BIGINT NOT NULL REFERENCES recall_notice (id),
    language         VARCHAR(8) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    remedy           VARCHAR(2000) NOT NULL
);
CREATE INDEX recall_notice_text_ix ON recall_notice_text (notice_id);

-- One affected unit's owner per row: the notice's reach. email_status is sent (in the mail
-- outbox), pending (not yet handed to a mail service) or no_address; seen_at is when the owner
-- first saw it on the portal.
CREATE TABLE recall_delivery (
    id               BIGINT PRIMARY KEY,
    notice_id        BIGINT NOT NULL REFERENCES recall_notice (id),
    customer_id      BIGINT NOT NULL REFERENCES customer (id),
    owned_product_id BIGINT NOT NULL REFERENCES owned_product (id),
    email_status     VARCHAR(20) NOT NULL,
    emailed_at       TIMESTAMP WITH TIME ZONE,
    seen_at          TIMESTAMP WITH TIME ZONE,
    version          BIGINT NOT NULL
);
CREATE INDEX recall_delivery_notice_ix ON recall_delivery (notice_id);
CREATE INDEX recall_delivery_customer_ix ON recall_delivery (customer_id);
