-- The sentiment dashboard and the insight pages read the contacts of the last weeks by received_at alone:
-- at 1,000,000 contacts that was a sequential scan of the whole table, 3.3 s, and 0.9 s with this index
-- (issue 16's growth benchmark).
CREATE INDEX contact_received_ix ON contact (received_at);
