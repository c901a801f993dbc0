-- Identity (seed 003: User, RefreshToken, LoginLog; issue 4: throttling, one-time codes, mail outbox).

CREATE TABLE users (
    id                  uuid PRIMARY KEY,
    email               varchar(254) NOT NULL,
    name                varchar(200) NOT NULL,
    phone               varchar(32),
    role                varchar(16)  NOT NULL,
    password_hash       varchar(255) NOT NULL,
    password_changed_at timestamptz  NOT NULL,
    is_active           boolean      NOT NULL DEFAULT true,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT users_role_known CHECK (role IN ('USER', 'EXPERT', 'SALES', 'ADMIN', 'SUPERADMIN')),
    -- The application stores addresses lower-cased; the unique index below holds even if something does not.
    CONSTRAINT users_email_lower_case CHECK (email = lower(email))
);
-- The seed compared addresses case-sensitively; one account per address whatever its letter case.
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));
CREATE INDEX users_created_at_id ON users (created_at, id);
CREATE INDEX users_role_created_at_id ON users (role, created_at, id);

CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  char(64)    NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    CONSTRAINT refresh_tokens_hash_unique UNIQUE (token_hash),
    CONSTRAINT refresh_tokens_expire_after_issue CHECK (expires_at > issued_at)
);
CREATE INDEX refresh_tokens_user_id ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family_id ON refresh_tokens (family_id);

-- One row per failed sign-in; the throttle counts rows of a key inside its window.
CREATE TABLE login_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    throttle_key varchar(320) NOT NULL,
    failed_at    timestamptz  NOT NULL
);
CREATE INDEX login_attempts_key_failed_at ON login_attempts (throttle_key, failed_at);

CREATE TABLE one_time_codes (
    id            uuid PRIMARY KEY,
    email         varchar(254) NOT NULL,
    code_hash     varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    failed_tries  integer      NOT NULL DEFAULT 0,
    CONSTRAINT one_time_codes_one_per_email UNIQUE (email),
    CONSTRAINT one_time_codes_tries CHECK (failed_tries BETWEEN 0 AND 5),
    CONSTRAINT one_time_codes_expire_after_creation CHECK (expires_at > created_at)
);

CREATE TABLE login_logs (
    id      uuid PRIMARY KEY,
    -- seq orders rows of the same instant in the order they were written.
    seq     bigint GENERATED ALWAYS AS IDENTITY,
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    email   varchar(320) NOT NULL,
    event   varchar(32)  NOT NULL,
    at      timestamptz  NOT NULL,
    CONSTRAINT login_logs_event_known CHECK (event IN
        ('SIGNUP', 'LOGIN', 'LOGIN_FAILED', 'LOGIN_THROTTLED', 'LOGOUT', 'MASTER_LOGIN', 'MASTER_LOGIN_FAILED'))
);
CREATE INDEX login_logs_user_id ON login_logs (user_id);
CREATE INDEX login_logs_email_at ON login_logs (email, at DESC, seq DESC);

-- Mail waits here until a delivery worker sends it (and stays here when SMTP is not configured).
CREATE TABLE email_outbox (
    id         uuid PRIMARY KEY,
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    to_address varchar(320) NOT NULL,
    subject    varchar(998) NOT NULL,
    text_body  text         NOT NULL,
    html_body  text,
    status     varchar(16)  NOT NULL DEFAULT 'PENDING',
    created_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT email_outbox_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX email_outbox_created_at ON email_outbox (created_at DESC, seq DESC);
CREATE INDEX email_outbox_pending ON email_outbox (created_at) WHERE status = 'PENDING';
