-- Issue 11 item 1: access tokens carry the user's credential version; a password change, a role change
-- or a deactivation moves it, so no token issued before the change works, whatever the timing.
ALTER TABLE users ADD COLUMN credential_version bigint NOT NULL DEFAULT 0
    CONSTRAINT users_credential_version_not_negative CHECK (credential_version >= 0);
