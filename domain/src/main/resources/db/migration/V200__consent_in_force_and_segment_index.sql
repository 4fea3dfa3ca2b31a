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
