-- The two rules CareDesk ships are named in the reader's language (the console's bundle) until a supervisor
-- renames them; the stored English name stays for mails and webhooks.
ALTER TABLE automation_rule ADD COLUMN builtin VARCHAR(40);
UPDATE automation_rule SET builtin = 'hazard-to-safety' WHERE id = 1 AND name = 'Hazard cases to the Safety team';
UPDATE automation_rule SET builtin = 'breach-notify' WHERE id = 2 AND name = 'First response breach: tell the supervisor';
