-- "Was this helpful?" votes were limited to one per article and browser session only, so a script
-- starting a fresh session for each vote could stuff them. Each vote now keeps a hash of the
-- voter's address too, and an address has a few votes per article a day (see ArticleFeedback).
-- Older votes have none: they count for no address.
ALTER TABLE kb_feedback ADD COLUMN address_key VARCHAR(64);
CREATE INDEX kb_feedback_address_ix ON kb_feedback (article_id, address_key, created_at);
