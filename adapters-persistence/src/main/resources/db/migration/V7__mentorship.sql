-- Mentorship (issue 7): mentor profiles, slots and their lifecycle, token usage of bookings, slot
-- requests, meeting logs, feedback, recordings, mentor earnings and withdrawals.

-- btree_gist lets one exclusion constraint compare the mentor id with = and the times with &&.
-- It is a trusted extension (PostgreSQL 13+), so a database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE mentor_profiles (
    mentor_id                 uuid          PRIMARY KEY REFERENCES users (id),
    bio                       text          NOT NULL DEFAULT '',
    expertise                 text[]        NOT NULL DEFAULT '{}',
    token_cost                bigint        NOT NULL,
    earning_per_meeting_paise bigint        NOT NULL,
    updated_at                timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT mentor_profiles_token_cost CHECK (token_cost >= 1),
    CONSTRAINT mentor_profiles_earning CHECK (earning_per_meeting_paise >= 0)
);

CREATE TABLE slots (
    id                uuid         PRIMARY KEY,
    mentor_id         uuid         NOT NULL REFERENCES users (id),
    student_id        uuid         REFERENCES users (id),
    start_at          timestamptz  NOT NULL,
    end_at            timestamptz  NOT NULL,
    token_cost        bigint       NOT NULL,
    status            varchar(30)  NOT NULL,
    earnings_credited boolean      NOT NULL DEFAULT false,
    tokens_spent      bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT slots_status_known CHECK (status IN ('TENTATIVE', 'MEETING_REQUESTED', 'CONFIRMED', 'UNDER_REVIEW',
        'COMPLETED', 'CANCELLATION_REQUESTED', 'CANCELLED')),
    CONSTRAINT slots_end_after_start CHECK (end_at > start_at),
    CONSTRAINT slots_amounts CHECK (token_cost >= 0 AND tokens_spent >= 0),
    -- A booked slot has its student, an open one has none.
    CONSTRAINT slots_student_when_booked CHECK ((status IN ('TENTATIVE', 'MEETING_REQUESTED')) = (student_id IS NULL)
        OR status = 'CANCELLED'),
    CONSTRAINT slots_credited_only_when_completed CHECK (NOT earnings_credited OR status = 'COMPLETED'),
    -- DOMAIN.md: a mentor's live slots never overlap, whatever the code above does.
    CONSTRAINT slots_live_never_overlap EXCLUDE USING gist
        (mentor_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE (status <> 'CANCELLED')
);
CREATE INDEX slots_mentor_start ON slots (mentor_id, start_at);
CREATE INDEX slots_student_id ON slots (student_id) WHERE student_id IS NOT NULL;
CREATE INDEX slots_status_start ON slots (status, start_at);

-- What each booking spent, per account, so a refund returns exactly that. One row per slot, ever:
-- the primary key is the database's own guarantee that a slot is paid for once.
CREATE TABLE token_usage (
    slot_id      uuid        PRIMARY KEY REFERENCES slots (id),
    student_id   uuid        NOT NULL REFERENCES users (id),
    promotional  bigint      NOT NULL,
    paid         bigint      NOT NULL,
    at           timestamptz NOT NULL,
    refunded_at  timestamptz,
    CONSTRAINT token_usage_amounts CHECK (promotional >= 0 AND paid >= 0)
);
CREATE INDEX token_usage_student_id ON token_usage (student_id);

CREATE TABLE slot_requests (
    id              uuid          PRIMARY KEY,
    student_id      uuid          NOT NULL REFERENCES users (id),
    mentor_id       uuid          NOT NULL REFERENCES users (id),
    preferred_start timestamptz   NOT NULL,
    message         varchar(2000),
    status          varchar(30)   NOT NULL,
    slot_id         uuid          REFERENCES slots (id),
    created_at      timestamptz   NOT NULL,
    CONSTRAINT slot_requests_status_known CHECK (status IN ('MEETING_REQUESTED', 'CONFIRMED', 'DECLINED'))
);
CREATE INDEX slot_requests_student_status ON slot_requests (student_id, status);
CREATE INDEX slot_requests_mentor_id ON slot_requests (mentor_id);
CREATE INDEX slot_requests_slot_id ON slot_requests (slot_id);

-- One-time links in meeting mails; only the SHA-256 digest of the secret is stored.
CREATE TABLE meeting_action_tokens (
    id          uuid        PRIMARY KEY,
    slot_id     uuid        NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id),
    action      varchar(30) NOT NULL,
    digest      char(64)    NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CONSTRAINT meeting_action_tokens_digest_unique UNIQUE (digest),
    CONSTRAINT meeting_action_tokens_action_known CHECK (action IN ('REQUEST_CANCELLATION'))
);
CREATE INDEX meeting_action_tokens_slot_id ON meeting_action_tokens (slot_id);
CREATE INDEX meeting_action_tokens_user_id ON meeting_action_tokens (user_id);

CREATE TABLE meeting_logs (
    id       uuid        PRIMARY KEY,
    slot_id  uuid        NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
    user_id  uuid        REFERENCES users (id),
    action   varchar(10) NOT NULL,
    at       timestamptz NOT NULL,
    CONSTRAINT meeting_logs_action_known CHECK (action IN ('JOIN', 'LEAVE', 'END'))
);
CREATE INDEX meeting_logs_slot_id ON meeting_logs (slot_id, at);
CREATE INDEX meeting_logs_user_id ON meeting_logs (user_id);

CREATE TABLE slot_feedback (
    id          uuid        PRIMARY KEY,
    slot_id     uuid        NOT NULL REFERENCES slots (id),
    student_id  uuid        NOT NULL REFERENCES users (id),
    rating      smallint    NOT NULL,
    experience  text        NOT NULL,
    comment     text,
    created_at  timestamptz NOT NULL,
    CONSTRAINT slot_feedback_once UNIQUE (slot_id),
    CONSTRAINT slot_feedback_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX slot_feedback_student_id ON slot_feedback (student_id);

CREATE TABLE meeting_recordings (
    id           uuid         PRIMARY KEY,
    slot_id      uuid         NOT NULL REFERENCES slots (id),
    blob_key     varchar(512) NOT NULL,
    content_type varchar(255) NOT NULL,
    size_bytes   bigint       NOT NULL,
    status       varchar(20)  NOT NULL,
    uploaded_by  uuid         REFERENCES users (id),
    created_at   timestamptz  NOT NULL,
    CONSTRAINT meeting_recordings_status_known CHECK (status IN ('RECORDING', 'PROCESSING', 'UPLOADED', 'FAILED', 'DELETED')),
    CONSTRAINT meeting_recordings_size CHECK (size_bytes >= 0)
);
CREATE INDEX meeting_recordings_slot_id ON meeting_recordings (slot_id);
CREATE INDEX meeting_recordings_uploaded_by ON meeting_recordings (uploaded_by);

-- Mentor earnings under the token ledger's discipline: append-only transactions, a balance
-- projection updated in the same transaction (row-locked, never negative), and each (kind,
-- reference) at most once, which is what makes a meeting credit happen once.
CREATE TABLE mentor_transactions (
    id            uuid         PRIMARY KEY,
    seq           bigint       GENERATED ALWAYS AS IDENTITY,
    mentor_id     uuid         NOT NULL REFERENCES users (id),
    kind          varchar(20)  NOT NULL,
    amount_paise  bigint       NOT NULL,
    balance_after bigint       NOT NULL,
    reference     varchar(200) NOT NULL,
    at            timestamptz  NOT NULL,
    CONSTRAINT mentor_transactions_once UNIQUE (kind, reference),
    CONSTRAINT mentor_transactions_kind_known CHECK (kind IN ('MEETING', 'WITHDRAWAL')),
    CONSTRAINT mentor_transactions_non_zero CHECK (amount_paise <> 0),
    CONSTRAINT mentor_transactions_never_negative CHECK (balance_after >= 0)
);
CREATE INDEX mentor_transactions_mentor_seq ON mentor_transactions (mentor_id, seq DESC);

CREATE TABLE mentor_earnings (
    mentor_id     uuid        PRIMARY KEY REFERENCES users (id),
    balance_paise bigint      NOT NULL DEFAULT 0,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentor_earnings_never_negative CHECK (balance_paise >= 0)
);

CREATE TABLE mentor_withdrawals (
    id           uuid        PRIMARY KEY,
    mentor_id    uuid        NOT NULL REFERENCES users (id),
    amount_paise bigint      NOT NULL,
    status       varchar(20) NOT NULL,
    created_at   timestamptz NOT NULL,
    decided_at   timestamptz,
    decided_by   uuid        REFERENCES users (id),
    CONSTRAINT mentor_withdrawals_amount CHECK (amount_paise > 0),
    CONSTRAINT mentor_withdrawals_status_known CHECK (status IN ('PENDING', 'APPROVED', 'PAID', 'REJECTED'))
);
CREATE INDEX mentor_withdrawals_mentor_status ON mentor_withdrawals (mentor_id, status);
CREATE INDEX mentor_withdrawals_decided_by ON mentor_withdrawals (decided_by);
