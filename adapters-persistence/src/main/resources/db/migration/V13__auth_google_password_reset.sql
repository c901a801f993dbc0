-- Issue 13: password reset codes beside the verification codes. Each purpose keeps its own live code
-- per address, so a verification code can never reset a password and a new one of either kind does
-- not replace the other.
ALTER TABLE one_time_codes ADD COLUMN purpose varchar(16) NOT NULL DEFAULT 'EMAIL_OTP'
    CONSTRAINT one_time_codes_purpose_known CHECK (purpose IN ('EMAIL_OTP', 'PASSWORD_RESET'));
ALTER TABLE one_time_codes DROP CONSTRAINT one_time_codes_one_per_email;
ALTER TABLE one_time_codes ADD CONSTRAINT one_time_codes_one_per_email_and_purpose UNIQUE (email, purpose);

-- Google sign-in is audited like the password sign-in.
ALTER TABLE login_logs DROP CONSTRAINT login_logs_event_known;
ALTER TABLE login_logs ADD CONSTRAINT login_logs_event_known CHECK (event IN
    ('SIGNUP', 'LOGIN', 'LOGIN_FAILED', 'LOGIN_THROTTLED', 'LOGOUT', 'MASTER_LOGIN', 'MASTER_LOGIN_FAILED',
     'GOOGLE_SIGNUP', 'GOOGLE_LOGIN', 'GOOGLE_REFUSED', 'PASSWORD_RESET'));

-- Who may be the last SUPERADMIN is decided under a lock of the active SUPERADMIN rows; this index finds them.
CREATE INDEX users_active_superadmins ON users (id) WHERE role = 'SUPERADMIN' AND is_active;
