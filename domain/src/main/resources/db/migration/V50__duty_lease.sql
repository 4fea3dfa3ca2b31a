-- Work that must happen once across every instance (early-warning scan, feed retention): the instance
-- holding a duty's unexpired lease does it and renews it each time; when the holder dies its lease runs
-- out and another instance takes the duty over. Portable H2 2.3 / PostgreSQL.
CREATE TABLE duty_lease (
    name         VARCHAR(80) PRIMARY KEY,
    holder       VARCHAR(120),
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO duty_lease (name, holder, expires_at) VALUES ('early-warning-scan', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
INSERT INTO duty_lease (name, holder, expires_at) VALUES ('feed-retention', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
