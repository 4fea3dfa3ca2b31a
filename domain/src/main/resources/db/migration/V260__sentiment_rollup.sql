-- The sentiment dashboard's daily roll-up (issue 16 item 7): tagged consumer contacts about a product per UTC day,
-- by label, leaving out customers who withdrew analytics consent, so the dashboard reads a few hundred rows instead
-- of twelve weeks of contacts. Kept by SentimentRollup from what changed since its last refresh. Portable H2 / PostgreSQL.

-- When a contact was stored or its tags last changed (NULL: before this migration; such rows are read by id).
ALTER TABLE contact ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX contact_changed_ix ON contact (changed_at);
CREATE INDEX consent_recorded_ix ON consent (recorded_at);

CREATE TABLE sentiment_day (
    contact_day      DATE NOT NULL,
    product_code     VARCHAR(60) NOT NULL,
    negative         INTEGER NOT NULL,
    neutral          INTEGER NOT NULL,
    positive         INTEGER NOT NULL,
    PRIMARY KEY (contact_day, product_code)
);

-- The customers whose analytics consent was withdrawn when the roll-up last counted their contacts.
CREATE TABLE sentiment_withdrawn (
    customer_id      BIGINT PRIMARY KEY
);

-- How far the roll-up has read: the highest contact and consent ids and the latest change seen (-1: never built).
CREATE TABLE sentiment_rollup_state (
    name             VARCHAR(40) PRIMARY KEY,
    contact_id       BIGINT NOT NULL,
    consent_id       BIGINT NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO sentiment_rollup_state (name, contact_id, consent_id, changed_at, consent_at)
VALUES ('sentiment', -1, 0, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
