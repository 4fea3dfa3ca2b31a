-- Issue 14: an imported complaint may carry its source's own flags (a crash, a fire, people injured
-- or killed), which count as severe for the early warnings whatever the words say.
ALTER TABLE contact ADD COLUMN reported_harm VARCHAR(60);
