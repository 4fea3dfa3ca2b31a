-- Issue 14: an imported complaint may carry the part or system its source filed it under and the product's
-- model year (a complaint feed has both); the early warnings count the component like an emerging term.
ALTER TABLE contact ADD COLUMN component VARCHAR(200);
ALTER TABLE contact ADD COLUMN model_year INTEGER;
