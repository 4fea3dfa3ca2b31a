-- CareDesk foundation schema. Runs unchanged on H2 2.3 and PostgreSQL 15:
-- only portable types, sequences rather than identity columns, no vendor functions.

CREATE SEQUENCE entity_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_number_seq START WITH 100001 INCREMENT BY 1;

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE customer (
    id               BIGINT PRIMARY KEY,
    first_name       VARCHAR(100),
    last_name        VARCHAR(100),
    email            VARCHAR(254),
    phone            VARCHAR(40),
    phone_digits     VARCHAR(40),
    language         VARCHAR(8) NOT NULL,
    erased           BOOLEAN DEFAULT FALSE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX customer_email_ux ON customer (email);
CREATE INDEX customer_phone_ix ON customer (phone_digits);

CREATE TABLE app_user (
    id               BIGINT PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    password_hash    VARCHAR(400),
    role             VARCHAR(20) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    customer_id      BIGINT REFERENCES customer (id),
    enabled          BOOLEAN DEFAULT TRUE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX app_user_email_ux ON app_user (email);

CREATE TABLE account (
    id               BIGINT PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customer (id),
    account_number   VARCHAR(40) NOT NULL,
    plan             VARCHAR(100) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    balance          NUMERIC(12, 2) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX account_number_ux ON account (account_number);
CREATE INDEX account_customer_ix ON account (customer_id);

CREATE TABLE bill (
    id               BIGINT PRIMARY KEY,
    account_id       BIGINT NOT NULL REFERENCES account (id),
    issued_on        DATE NOT NULL,
    amount           NUMERIC(12, 2) NOT NULL,
    paid             BOOLEAN NOT NULL
);
CREATE INDEX bill_account_ix ON bill (account_id);

CREATE TABLE product (
    id               BIGINT PRIMARY KEY,
    code             VARCHAR(60) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    brand            VARCHAR(100),
    category         VARCHAR(60),
    aliases          VARCHAR(2000),
    model_numbers    VARCHAR(2000),
    warranty_months  INTEGER NOT NULL,
    verified         BOOLEAN DEFAULT TRUE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX product_code_ux ON product (code);

CREATE TABLE owned_product (
    id               BIGINT PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customer (id),
    product_id       BIGINT NOT NULL REFERENCES product (id),
    serial_number    VARCHAR(80) NOT NULL,
    purchased_on     DATE NOT NULL
);
CREATE INDEX owned_product_customer_ix ON owned_product (customer_id);
CREATE INDEX owned_product_product_ix ON owned_product (product_id);

CREATE TABLE support_case (
    id               BIGINT PRIMARY KEY,
    case_number      VARCHAR(30) NOT NULL,
    tracking_hash    VARCHAR(100) NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    priority         VARCHAR(20) NOT NULL,
    channel          VARCHAR(20) NOT NULL,
    language         VARCHAR(8) NOT NULL,
    customer_id      BIGINT REFERENCES customer (id),
    product_id       BIGINT REFERENCES product (id),
    contact_name     VARCHAR(200),
    contact_email    VARCHAR(254),
    contact_phone    VARCHAR(40),
    assignee_id      BIGINT REFERENCES app_user (id),
    sentiment        VARCHAR(10),
    hazard           BOOLEAN DEFAULT FALSE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX support_case_number_ux ON support_case (case_number);
CREATE INDEX support_case_customer_ix ON support_case (customer_id);
CREATE INDEX support_case_status_ix ON support_case (status, created_at);

CREATE TABLE contact (
    id                 BIGINT PRIMARY KEY,
    case_id            BIGINT REFERENCES support_case (id),
    customer_id        BIGINT REFERENCES customer (id),
    product_id         BIGINT REFERENCES product (id),
    channel            VARCHAR(20) NOT NULL,
    direction          VARCHAR(10) NOT NULL,
    author             VARCHAR(10) NOT NULL,
    internal_note      BOOLEAN DEFAULT FALSE NOT NULL,
    body               VARCHAR(20000) NOT NULL,
    sender_email       VARCHAR(254),
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    external_id        VARCHAR(200),
    language           VARCHAR(8),
    sentiment          VARCHAR(10),
    sentiment_score    DOUBLE PRECISION,
    sentiment_evidence VARCHAR(1000),
    token_count        INTEGER
);
CREATE UNIQUE INDEX contact_external_ux ON contact (external_id);
CREATE INDEX contact_case_ix ON contact (case_id, received_at);
CREATE INDEX contact_customer_ix ON contact (customer_id, received_at);
CREATE INDEX contact_product_ix ON contact (product_id, received_at);

CREATE TABLE contact_hazard (
    contact_id       BIGINT NOT NULL REFERENCES contact (id),
    category         VARCHAR(40) NOT NULL,
    evidence         VARCHAR(1000)
);
CREATE INDEX contact_hazard_contact_ix ON contact_hazard (contact_id);

CREATE TABLE contact_product_mention (
    contact_id       BIGINT NOT NULL REFERENCES contact (id),
    product_code     VARCHAR(60) NOT NULL,
    matched_text     VARCHAR(200)
);
CREATE INDEX contact_mention_contact_ix ON contact_product_mention (contact_id);

CREATE TABLE article (
    id               BIGINT PRIMARY KEY,
    slug             VARCHAR(200) NOT NULL,
    language         VARCHAR(8) NOT NULL,
    title            VARCHAR(300) NOT NULL,
    body             VARCHAR(200000) NOT NULL,
    category         VARCHAR(60),
    tags             VARCHAR(1000),
    product_codes    VARCHAR(1000),
    status           VARCHAR(20) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX article_slug_ux ON article (slug, language);

CREATE TABLE alert (
    id               BIGINT PRIMARY KEY,
    product_id       BIGINT NOT NULL REFERENCES product (id),
    hazard           VARCHAR(40) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    window_start     DATE NOT NULL,
    window_end       DATE NOT NULL,
    observed         INTEGER NOT NULL,
    expected         DOUBLE PRECISION NOT NULL,
    p_value          DOUBLE PRECISION NOT NULL,
    resolution_note  VARCHAR(2000),
    version          BIGINT NOT NULL
);
CREATE INDEX alert_status_ix ON alert (status, raised_at);

CREATE TABLE alert_evidence (
    alert_id         BIGINT NOT NULL REFERENCES alert (id),
    contact_id       BIGINT NOT NULL REFERENCES contact (id)
);
CREATE INDEX alert_evidence_alert_ix ON alert_evidence (alert_id);

CREATE TABLE consent (
    id               BIGINT PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customer (id),
    purpose          VARCHAR(30) NOT NULL,
    granted          BOOLEAN NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    source           VARCHAR(60) NOT NULL
);
CREATE INDEX consent_customer_ix ON consent (customer_id, purpose, recorded_at);

CREATE TABLE audit_entry (
    id               BIGINT PRIMARY KEY,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(254) NOT NULL,
    action           VARCHAR(60) NOT NULL,
    customer_id      BIGINT REFERENCES customer (id),
    subject          VARCHAR(200),
    detail           VARCHAR(2000)
);
CREATE INDEX audit_customer_ix ON audit_entry (customer_id, at);

-- The live feed: every event a console may receive, in commit order. The single counter row
-- is locked by each publishing transaction, so seq order equals commit order across every
-- instance sharing the database, and a reader never sees seq N+1 before N.
CREATE TABLE feed_counter (
    id               INTEGER PRIMARY KEY,
    last_seq         BIGINT NOT NULL
);
INSERT INTO feed_counter (id, last_seq) VALUES (1, 0);

CREATE TABLE feed_event (
    seq              BIGINT PRIMARY KEY,
    event_type       VARCHAR(40) NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    payload          VARCHAR(20000) NOT NULL
);
