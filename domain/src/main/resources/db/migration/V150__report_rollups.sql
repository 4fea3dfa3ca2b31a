-- Analytical reports (issue 17): daily roll-ups kept up to date as data arrives, so a report reads a
-- few thousand rows instead of scanning the whole history; the self-service log the portal had not
-- kept yet; e-mailed report schedules. Portable H2 2.3 / PostgreSQL, as V1.

-- Consumer contacts (not agents' replies or notes) per UTC day, channel, product (0: none) and language.
CREATE TABLE report_contact_day (
    contact_day      DATE NOT NULL,
    channel          VARCHAR(20) NOT NULL,
    product_id       BIGINT NOT NULL,
    language         VARCHAR(8) NOT NULL,
    contacts         INTEGER NOT NULL,
    negative         INTEGER NOT NULL,
    hazard           INTEGER NOT NULL,
    PRIMARY KEY (contact_day, channel, product_id, language)
);

-- One narrow row per case with the figures the reports need, rewritten whenever the case changes.
CREATE TABLE report_case_fact (
    case_id                 BIGINT PRIMARY KEY,
    created_day             DATE NOT NULL,
    channel                 VARCHAR(20) NOT NULL,
    priority                VARCHAR(20) NOT NULL,
    language                VARCHAR(8) NOT NULL,
    product_id              BIGINT NOT NULL,
    customer_id             BIGINT,
    assignee_id             BIGINT NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    negative                BOOLEAN NOT NULL,
    hazard                  BOOLEAN NOT NULL,
    resolved_day            DATE,
    first_response_minutes  INTEGER,
    resolution_minutes      INTEGER,
    first_response_met      BOOLEAN,
    resolution_met          BOOLEAN,
    reopened                BOOLEAN NOT NULL,
    csat_score              INTEGER,
    csat_day                DATE
);
CREATE INDEX report_case_fact_created_ix ON report_case_fact (created_day);
CREATE INDEX report_case_fact_resolved_ix ON report_case_fact (resolved_day);
CREATE INDEX report_case_fact_csat_ix ON report_case_fact (csat_day);
CREATE INDEX report_case_fact_customer_ix ON report_case_fact (customer_id, created_day);

-- How far the roll-ups have read: the highest contact and case ids and the latest case change seen.
CREATE TABLE report_rollup_state (
    name             VARCHAR(40) PRIMARY KEY,
    contact_id       BIGINT NOT NULL,
    case_id          BIGINT NOT NULL,
    case_updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO report_rollup_state (name, contact_id, case_id, case_updated_at) VALUES ('rollups', 0, 0, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');

-- Self-service: each help-centre search (the words, how many articles it found) and each article view.
CREATE TABLE kb_search_log (
    id               BIGINT PRIMARY KEY,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    language         VARCHAR(8),
    query_text       VARCHAR(200) NOT NULL,
    hits             INTEGER NOT NULL
);
CREATE INDEX kb_search_log_at_ix ON kb_search_log (at);

CREATE TABLE kb_article_view (
    id               BIGINT PRIMARY KEY,
    article_id       BIGINT NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kb_article_view_at_ix ON kb_article_view (at);
-- Each day of contacts is re-counted by time: the roll-up reads one day through contact_received_ix (V110).
CREATE INDEX kb_form_event_at_ix ON kb_form_event (at);
CREATE INDEX kb_feedback_created_ix ON kb_feedback (created_at);

-- A supervisor's standing order: report, filters and period, mailed daily or weekly.
CREATE TABLE report_schedule (
    id               BIGINT PRIMARY KEY,
    owner_login      VARCHAR(254) NOT NULL,
    recipient        VARCHAR(254) NOT NULL,
    report           VARCHAR(20) NOT NULL,
    group_by         VARCHAR(20) NOT NULL,
    frequency        VARCHAR(10) NOT NULL,
    language         VARCHAR(8) NOT NULL,
    next_run_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_schedule_next_ix ON report_schedule (next_run_at);

INSERT INTO duty_lease (name, holder, expires_at) VALUES ('report-rollups', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
INSERT INTO duty_lease (name, holder, expires_at) VALUES ('report-mail', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
