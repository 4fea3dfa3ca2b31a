-- Failed sign-ins per account ('account:' + e-mail) and per client address ('address:' + IP), shared by
-- every instance. Rows whose last failure is older than the window are forgotten; the table is kept
-- under a bound by dropping the least-failed, oldest rows first, never all of them.
CREATE TABLE sign_in_throttle (
    throttle_key     VARCHAR(300) PRIMARY KEY,
    failures         INTEGER NOT NULL,
    first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_throttle_last_ix ON sign_in_throttle (last_failure_at);
