-- Housekeeping: the daily cleanup job deletes sign-in rows by age, so each age column is indexed
-- and the purge reads only the rows it deletes, however large the tables grow.

-- Families are purged by expiry (refresh_tokens_family_id already serves the per-family check).
CREATE INDEX refresh_tokens_expires_at ON refresh_tokens (expires_at);

-- The throttle's index leads with the key; the purge crosses every key.
CREATE INDEX login_attempts_failed_at ON login_attempts (failed_at);

CREATE INDEX one_time_codes_expires_at ON one_time_codes (expires_at);
