-- Issue 21 items 6 and 7: teams, business hours and holidays for the SLA clocks, SLA warnings and
-- escalations, automation rules, and webhooks with a durable delivery outbox. Portable H2 2.3 / PostgreSQL.
-- Ids below entity_seq's start (1000) are free for seed rows.

-- A team of staff with a lead (who hears of breaches); its calendar, when set, drives the SLA clocks of its cases.
CREATE TABLE team (
    id               BIGINT PRIMARY KEY,
    name             VARCHAR(80) NOT NULL,
    lead_id          BIGINT REFERENCES app_user (id),
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX team_name_ux ON team (name);
INSERT INTO team (id, name, lead_id, version) VALUES (1, 'Safety', NULL, 0), (2, 'Billing', NULL, 0), (3, 'Product support', NULL, 0);

CREATE TABLE team_member (
    team_id          BIGINT NOT NULL REFERENCES team (id),
    user_id          BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_member_user_ix ON team_member (user_id);

-- The team whose queue holds the case (null: the general queue), and an early-warning alert it belongs to.
ALTER TABLE support_case ADD COLUMN team_id BIGINT REFERENCES team (id);
ALTER TABLE support_case ADD COLUMN alert_id BIGINT;
CREATE INDEX support_case_team_ix ON support_case (team_id, status);

-- Working hours for the SLA clocks: team_id null is the global calendar. week like "mon-fri 09:00-17:00; sat 09:00-12:00";
-- holidays a comma-separated list of ISO dates. No row at all: the clocks run around the clock, as before.
CREATE TABLE work_calendar (
    id               BIGINT PRIMARY KEY,
    team_id          BIGINT REFERENCES team (id),
    time_zone        VARCHAR(60) NOT NULL,
    week             VARCHAR(400) NOT NULL,
    holidays         VARCHAR(4000) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX work_calendar_team_ux ON work_calendar (team_id);

-- Which SLA warnings and breaches were already announced, so each is announced once (sla: first_response|resolution).
CREATE TABLE sla_notice (
    case_id          BIGINT NOT NULL REFERENCES support_case (id),
    sla              VARCHAR(20) NOT NULL,
    kind             VARCHAR(10) NOT NULL,
    noticed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, sla, kind)
);

-- Timeline entries that carry a detail: the rule that fired and what it did, an escalation.
ALTER TABLE case_event ALTER COLUMN actor SET DATA TYPE VARCHAR(254);
ALTER TABLE case_event ALTER COLUMN kind SET DATA TYPE VARCHAR(30);
-- (V130 added the column for merge, link and split; rules and escalations need it longer.)
ALTER TABLE case_event ALTER COLUMN detail SET DATA TYPE VARCHAR(300);
ALTER TABLE case_event ADD COLUMN action VARCHAR(30);
ALTER TABLE case_event ADD COLUMN action_value VARCHAR(300);

-- Messages for staff on the console (an escalation reaches the team lead), read by the recipient.
CREATE TABLE staff_notice (
    id               BIGINT PRIMARY KEY,
    recipient        VARCHAR(254) NOT NULL,
    kind             VARCHAR(30) NOT NULL,
    case_number      VARCHAR(40),
    detail           VARCHAR(300),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_notice_recipient_ix ON staff_notice (recipient, read_at);

-- Webhooks a supervisor configured; events a comma-separated list of event names.
CREATE TABLE webhook (
    id               BIGINT PRIMARY KEY,
    name             VARCHAR(120) NOT NULL,
    url              VARCHAR(2000) NOT NULL,
    secret           VARCHAR(200) NOT NULL,
    events           VARCHAR(400) NOT NULL,
    enabled          BOOLEAN NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);

-- The webhook outbox: written in the transaction of what fired it, drained in the background with retries.
CREATE TABLE webhook_delivery (
    id               BIGINT PRIMARY KEY,
    webhook_id       BIGINT NOT NULL REFERENCES webhook (id),
    event            VARCHAR(60) NOT NULL,
    payload          VARCHAR(20000) NOT NULL,
    status           VARCHAR(12) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    response_status  INTEGER,
    response_body    VARCHAR(2000),
    error            VARCHAR(500)
);
CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_hook_ix ON webhook_delivery (webhook_id, id);

CREATE TABLE webhook_attempt (
    id               BIGINT PRIMARY KEY,
    delivery_id      BIGINT NOT NULL REFERENCES webhook_delivery (id),
    attempted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status  INTEGER,
    response_body    VARCHAR(2000),
    error            VARCHAR(500)
);
CREATE INDEX webhook_attempt_delivery_ix ON webhook_attempt (delivery_id);

-- Automation rules, run in position order. Conditions (null: any) are all required; every set action is done.
CREATE TABLE automation_rule (
    id               BIGINT PRIMARY KEY,
    name             VARCHAR(120) NOT NULL,
    position         INTEGER NOT NULL,
    enabled          BOOLEAN NOT NULL,
    trigger_event    VARCHAR(30) NOT NULL,
    idle_minutes     INTEGER,
    if_channel       VARCHAR(20),
    if_product       VARCHAR(200),
    if_language      VARCHAR(8),
    if_sentiment     VARCHAR(20),
    if_hazard        VARCHAR(40),
    if_tag           VARCHAR(60),
    if_segment       VARCHAR(60),
    if_words         VARCHAR(400),
    if_sla           VARCHAR(20),
    do_assign_agent  VARCHAR(254),
    do_assign_team   BIGINT REFERENCES team (id),
    do_round_robin   BOOLEAN NOT NULL,
    do_priority      VARCHAR(20),
    do_add_tags      VARCHAR(400),
    do_status        VARCHAR(20),
    do_notify_email  VARCHAR(254),
    do_webhook       BIGINT REFERENCES webhook (id),
    do_link_alert    BOOLEAN NOT NULL,
    round_robin_last VARCHAR(254),
    version          BIGINT NOT NULL
);
-- Out of the box: hazard-tagged cases go to urgent and the Safety team; a first-response breach notifies the supervisor.
INSERT INTO automation_rule (id, name, position, enabled, trigger_event, if_hazard, do_assign_team, do_round_robin,
    do_priority, do_link_alert, version)
    VALUES (1, 'Hazard cases to the Safety team', 1, TRUE, 'case_created', 'any', 1, FALSE, 'urgent', FALSE, 0);
INSERT INTO automation_rule (id, name, position, enabled, trigger_event, if_sla, do_round_robin, do_notify_email, do_link_alert, version)
    VALUES (2, 'First response breach: tell the supervisor', 2, TRUE, 'sla_breach', 'first_response', FALSE, 'supervisors', FALSE, 0);

-- Each firing of a rule on a case (loop protection and the "time since last update" trigger look here).
CREATE TABLE rule_firing (
    id               BIGINT PRIMARY KEY,
    rule_id          BIGINT NOT NULL REFERENCES automation_rule (id),
    case_id          BIGINT NOT NULL REFERENCES support_case (id),
    fired_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rule_firing_rule_case_ix ON rule_firing (rule_id, case_id, fired_at);

-- Where the automation engine stands in the live feed, the feed events it published itself (it skips them),
-- and per case the newest consumer message it has seen (so "message received" fires once per message).
CREATE TABLE automation_cursor (
    id               INTEGER PRIMARY KEY,
    last_seq         BIGINT NOT NULL
);
INSERT INTO automation_cursor (id, last_seq) VALUES (1, -1);
CREATE TABLE automation_echo (
    seq              BIGINT PRIMARY KEY
);
CREATE TABLE automation_case_state (
    case_id          BIGINT PRIMARY KEY REFERENCES support_case (id),
    last_inbound_id  BIGINT NOT NULL
);

INSERT INTO duty_lease (name, holder, expires_at) VALUES ('automation', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
INSERT INTO duty_lease (name, holder, expires_at) VALUES ('sla-watch', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
INSERT INTO duty_lease (name, holder, expires_at) VALUES ('webhook-delivery', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
