-- Reports at scale (issue 17 item 3): the products report reads consumer contacts per product and day from this
-- small table instead of the per-channel-and-language roll-up (report_contact_day holds each product's day once
-- per channel and language). Kept with report_contact_day by ReportRollups (the same day recount) and rebuilt
-- with it; backfilled here from report_contact_day, which holds the same contacts. Portable H2 2.3 / PostgreSQL.
CREATE TABLE report_product_day (
    contact_day      DATE NOT NULL,
    product_id       BIGINT NOT NULL,
    contacts         INTEGER NOT NULL,
    negative         INTEGER NOT NULL,
    hazard           INTEGER NOT NULL,
    PRIMARY KEY (contact_day, product_id)
);
INSERT INTO report_product_day (contact_day, product_id, contacts, negative, hazard)
SELECT contact_day, product_id, SUM(contacts), SUM(negative), SUM(hazard) FROM report_contact_day
GROUP BY contact_day, product_id;
