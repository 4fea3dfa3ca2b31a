-- Every signed-in session remembers the epoch it started in; a password change, reset, erasure or
-- role change moves the epoch on, and sessions of an older epoch end on their next request, on
-- every instance (the database is the one place all instances read).
ALTER TABLE app_user ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
