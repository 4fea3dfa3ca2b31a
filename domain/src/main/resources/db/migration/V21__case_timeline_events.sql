-- The case timeline staff read: what the consumer did besides writing (closed, reopened the case) as events,
-- and files an agent attached to a reply (linked to that reply; uploaded_by names the staff member, null for
-- the consumer's own uploads).
CREATE TABLE case_event (
    id               BIGINT PRIMARY KEY,
    case_id          BIGINT NOT NULL REFERENCES support_case (id),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(10) NOT NULL,
    kind             VARCHAR(20) NOT NULL
);
CREATE INDEX case_event_case_ix ON case_event (case_id, occurred_at);

ALTER TABLE case_attachment ADD COLUMN contact_id BIGINT REFERENCES contact (id);
ALTER TABLE case_attachment ADD COLUMN uploaded_by VARCHAR(254);

-- Who wrote an agent's reply or note (the staff login), so timelines can name the person who answered.
ALTER TABLE contact ADD COLUMN staff_login VARCHAR(254);
