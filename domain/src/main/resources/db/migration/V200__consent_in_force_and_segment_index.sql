-- Segment counts (issue 17 item 4): a live size under a second at 200,000 customers.
-- Portable H2 2.3 / PostgreSQL, as V1.

-- The consent decision in force: one row per customer and purpose, written in the same transaction as the
-- decision (ConsentCentre.record), so a segment's consent criterion is one index probe instead of finding
-- the latest of every customer's decisions. Backfilled here from the history (the latest decision wins;
-- the same time is broken by the higher id, as ConsentCentre orders them).
CREATE TABLE consent_current (
    customer_id      BIGINT NOT NULL,
    purpose          VARCHAR(30) NOT NULL,
    granted          BOOLEAN NOT NULL,
    consent_id       BIGINT NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_id, purpose)
);
INSERT INTO consent_current (customer_id, purpose, granted, consent_id, recorded_at)
SELECT d.customer_id, d.purpose, d.granted, d.id, d.recorded_at FROM consent d
WHERE NOT EXISTS (SELECT 1 FROM consent n WHERE n.customer_id = d.customer_id AND n.purpose = d.purpose
    AND (n.recorded_at > d.recorded_at OR (n.recorded_at = d.recorded_at AND n.id > d.id)));

-- "At least n messages (of a sentiment, since a day)": a customer's consumer messages counted from the index
-- alone (every column the count reads, the id included), instead of visiting every contact row.
CREATE INDEX contact_customer_sentiment_ix ON contact (customer_id, sentiment, direction, author, received_at, id);

-- Reports (issue 17 item 3): an incremental refresh with nothing new must be cheap. The cases changed or rated
-- since the last refresh are found through these indexes instead of reading every case; the number of
-- contacts in the id margin at the last refresh tells whether any arrived late (-1: not known yet).
CREATE INDEX support_case_updated_ix ON support_case (updated_at);
CREATE INDEX support_case_csat_at_ix ON support_case (csat_at);
ALTER TABLE report_rollup_state ADD COLUMN margin_contacts BIGINT DEFAULT -1 NOT NULL;

-- The volume report by day, week or month, unfiltered, from two small daily tables instead of the cases and the
-- contacts per channel, product and language: per day, the cases created, resolved, and closed (resolved;
-- counted on the later of their creation and resolution days, for the backlog: open at the start of a day =
-- created before it - closed before it), and the consumer contacts. Kept with the roll-ups by ReportRollups.
CREATE TABLE report_case_flow (
    flow_day         DATE PRIMARY KEY,
    created_cases    INTEGER NOT NULL,
    resolved_cases   INTEGER NOT NULL,
    closed_cases     INTEGER NOT NULL
);
INSERT INTO report_case_flow (flow_day, created_cases, resolved_cases, closed_cases)
SELECT x.d, SUM(x.c), SUM(x.s), SUM(x.r) FROM (
    SELECT created_day AS d, 1 AS c, 0 AS s, 0 AS r FROM report_case_fact
    UNION ALL
    SELECT resolved_day, 0, 1, 0 FROM report_case_fact WHERE resolved_day IS NOT NULL
    UNION ALL
    SELECT CASE WHEN resolved_day > created_day THEN resolved_day ELSE created_day END, 0, 0, 1
    FROM report_case_fact WHERE resolved_day IS NOT NULL
) x GROUP BY x.d;

CREATE TABLE report_contact_total (
    contact_day      DATE PRIMARY KEY,
    contacts         INTEGER NOT NULL
);
INSERT INTO report_contact_total (contact_day, contacts)
SELECT contact_day, SUM(contacts) FROM report_contact_day GROUP BY contact_day;

-- The customers report counts each customer's cases over three periods in one pass: in (customer, day)
-- order from the index alone, without sorting or visiting the rows (replaces the (customer, day) index).
DROP INDEX report_case_fact_customer_ix;
CREATE INDEX report_case_fact_customer_ix ON report_case_fact (customer_id, created_day, negative, resolved_day);
