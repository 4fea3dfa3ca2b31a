-- Issue 13 item 14: a recall's reach tells sent, waiting, failed and kept mail apart, so each delivery
-- points at the outbox mail that carries it (none for owners without an address, or for deliveries
-- recorded before this column).
ALTER TABLE recall_delivery ADD COLUMN outbox_mail_id BIGINT;
CREATE INDEX recall_delivery_outbox_mail_ix ON recall_delivery (outbox_mail_id);
