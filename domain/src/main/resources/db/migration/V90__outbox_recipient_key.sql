-- The automatic-mail cap counts an address's mails of the last hour for every mail that lands; over
-- LOWER(recipient) that read the whole outbox each time. A lower-cased, indexed copy keeps it a look-up.
ALTER TABLE outbox_mail ADD COLUMN recipient_key VARCHAR(254);
UPDATE outbox_mail SET recipient_key = LOWER(recipient);
CREATE INDEX outbox_mail_recipient_key_ix ON outbox_mail (recipient_key, created_at);
