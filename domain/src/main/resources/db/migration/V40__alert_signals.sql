-- Early warnings for real signals (issue 14): what rose (a hazard category, every hazard, or an
-- emerging term), which test found it, how many of its contacts are severe, and why in one sentence.
ALTER TABLE alert ALTER COLUMN hazard SET DATA TYPE VARCHAR(120);
ALTER TABLE alert ADD COLUMN kind VARCHAR(20) DEFAULT 'burst' NOT NULL;
ALTER TABLE alert ADD COLUMN severe INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE alert ADD COLUMN why VARCHAR(500);
-- Issue 16: one alert per product, hazard and window, even when two instances scan at once.
ALTER TABLE alert ADD CONSTRAINT alert_product_hazard_window_uq UNIQUE (product_id, hazard, window_start);
