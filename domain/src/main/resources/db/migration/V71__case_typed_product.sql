-- Issue 13 item 21: the contact form's Product field takes free text as well as catalogue suggestions;
-- a product the catalogue does not know is kept as the consumer wrote it instead of being dropped.
ALTER TABLE support_case ADD COLUMN product_text VARCHAR(200);
