-- Token economy (issue 6). The seed kept float balances in wallet rows; here balances are whole
-- tokens derived from a double-entry ledger, and the stored balances are only a projection of it.

-- One row per transfer: amount leaves from_account and arrives in to_account.
CREATE TABLE token_transfers (
    id           uuid         PRIMARY KEY,
    seq          bigint       GENERATED ALWAYS AS IDENTITY,
    at           timestamptz  NOT NULL,
    kind         varchar(20)  NOT NULL,
    reference    varchar(200) NOT NULL,
    from_account varchar(80)  NOT NULL,
    to_account   varchar(80)  NOT NULL,
    amount       bigint       NOT NULL,
    CONSTRAINT token_transfers_amount_positive CHECK (amount > 0),
    CONSTRAINT token_transfers_two_accounts CHECK (from_account <> to_account),
    CONSTRAINT token_transfers_kind_known CHECK (kind IN
        ('GRANT', 'CORRECTION', 'ALLOTMENT', 'STARTER_BUNDLE', 'PURCHASE', 'BOOKING', 'RESUME_REVIEW', 'REFUND'))
);
CREATE INDEX token_transfers_reference ON token_transfers (reference);

-- The two legs of every transfer (-amount on from, +amount on to), so the sum over all rows is 0 and
-- each account's balance is the sum of its rows. user_id/wallet are set for user accounts only;
-- balance_after is what that user account held right after the leg.
CREATE TABLE token_entries (
    id            uuid         PRIMARY KEY,
    seq           bigint       GENERATED ALWAYS AS IDENTITY,
    transfer_id   uuid         NOT NULL REFERENCES token_transfers (id),
    account       varchar(80)  NOT NULL,
    user_id       uuid         REFERENCES users (id),
    wallet        varchar(20),
    delta         bigint       NOT NULL,
    balance_after bigint,
    at            timestamptz  NOT NULL,
    kind          varchar(20)  NOT NULL,
    reference     varchar(200) NOT NULL,
    CONSTRAINT token_entries_delta_non_zero CHECK (delta <> 0),
    CONSTRAINT token_entries_user_leg CHECK ((user_id IS NULL) = (wallet IS NULL)
        AND (user_id IS NULL) = (balance_after IS NULL)),
    CONSTRAINT token_entries_user_never_negative CHECK (balance_after IS NULL OR balance_after >= 0),
    CONSTRAINT token_entries_wallet_known CHECK (wallet IS NULL OR wallet IN ('TOKEN', 'RESUME_TOKEN', 'PROMOTIONAL_TOKEN'))
);
CREATE INDEX token_entries_transfer_id ON token_entries (transfer_id);
CREATE INDEX token_entries_user_seq ON token_entries (user_id, seq DESC) WHERE user_id IS NOT NULL;
CREATE INDEX token_entries_account ON token_entries (account);

-- The projection: one row per user account, updated in the transaction that writes the entries.
-- Postings lock these rows (SELECT ... FOR UPDATE, in user/wallet order) so two processes never spend
-- the same token. System accounts have no row on purpose: a single hot row every posting had to lock
-- would serialise the whole platform; their balance is the (negated) sum of their entries.
CREATE TABLE token_balances (
    user_id    uuid        NOT NULL REFERENCES users (id),
    wallet     varchar(20) NOT NULL,
    balance    bigint      NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, wallet),
    CONSTRAINT token_balances_never_negative CHECK (balance >= 0),
    CONSTRAINT token_balances_wallet_known CHECK (wallet IN ('TOKEN', 'RESUME_TOKEN', 'PROMOTIONAL_TOKEN'))
);

-- Users created before this migration get their (empty) wallets too.
INSERT INTO token_balances (user_id, wallet, balance)
SELECT u.id, w.wallet, 0
FROM users u CROSS JOIN (VALUES ('TOKEN'), ('RESUME_TOKEN'), ('PROMOTIONAL_TOKEN')) AS w (wallet);

-- ENABLE_GRANT_AUDIT: who granted or corrected what, and why.
CREATE TABLE token_grant_audit (
    grant_id   uuid         PRIMARY KEY,
    granted_by uuid         NOT NULL,
    user_id    uuid         NOT NULL REFERENCES users (id),
    wallet     varchar(20)  NOT NULL,
    amount     bigint       NOT NULL,
    reason     varchar(500) NOT NULL,
    at         timestamptz  NOT NULL,
    CONSTRAINT token_grant_audit_amount_non_zero CHECK (amount <> 0)
);
CREATE INDEX token_grant_audit_user_id ON token_grant_audit (user_id);
CREATE INDEX token_grant_audit_granted_by ON token_grant_audit (granted_by);

-- Seed 003: TokenAllotmentRequest. batch_id points at a batch once programs exist (no table yet).
CREATE TABLE token_allotment_requests (
    id         uuid         PRIMARY KEY,
    user_id    uuid         NOT NULL REFERENCES users (id),
    amount     bigint       NOT NULL,
    reason     varchar(500) NOT NULL,
    batch_id   uuid,
    status     varchar(16)  NOT NULL,
    decided_by uuid         REFERENCES users (id),
    note       varchar(500),
    created_at timestamptz  NOT NULL,
    decided_at timestamptz,
    CONSTRAINT token_allotment_requests_amount_positive CHECK (amount > 0),
    CONSTRAINT token_allotment_requests_status_known CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT token_allotment_requests_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX token_allotment_requests_user_id ON token_allotment_requests (user_id);
CREATE INDEX token_allotment_requests_decided_by ON token_allotment_requests (decided_by);
CREATE INDEX token_allotment_requests_status_created ON token_allotment_requests (status, created_at DESC);

-- Seed 003: TokenPurchase. Money in paise; one purchase per provider order.
CREATE TABLE token_purchases (
    id           uuid         PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES users (id),
    quantity     bigint       NOT NULL,
    amount_paise bigint       NOT NULL,
    currency     char(3)      NOT NULL,
    order_id     varchar(100) NOT NULL,
    status       varchar(16)  NOT NULL,
    payment_id   varchar(100),
    created_at   timestamptz  NOT NULL,
    completed_at timestamptz,
    CONSTRAINT token_purchases_order_unique UNIQUE (order_id),
    CONSTRAINT token_purchases_positive CHECK (quantity > 0 AND amount_paise > 0),
    CONSTRAINT token_purchases_status_known CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    CONSTRAINT token_purchases_completed CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
CREATE INDEX token_purchases_user_id ON token_purchases (user_id);

-- Seed 003: ResumeReviewRequest (the reviewer is assigned by a later issue).
CREATE TABLE resume_review_requests (
    id         uuid          PRIMARY KEY,
    user_id    uuid          NOT NULL REFERENCES users (id),
    resume_url varchar(2000),
    notes      varchar(2000),
    status     varchar(16)   NOT NULL,
    created_at timestamptz   NOT NULL
);
CREATE INDEX resume_review_requests_user_id ON resume_review_requests (user_id, created_at DESC);

-- API.md "Idempotency": the first answer to a (scope, key), replayed to retries for 24 hours.
-- A row becomes visible to other transactions only once its request committed with its answer; a
-- concurrent duplicate blocks on the primary key until then.
CREATE TABLE idempotency_keys (
    scope           varchar(300)  NOT NULL,
    key             varchar(255)  NOT NULL,
    request_hash    varchar(128)  NOT NULL,
    status          varchar(16)   NOT NULL,
    response_status integer,
    response_body   text,
    created_at      timestamptz   NOT NULL,
    PRIMARY KEY (scope, key),
    CONSTRAINT idempotency_keys_status_known CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT idempotency_keys_completed CHECK ((status = 'COMPLETED') = (response_status IS NOT NULL))
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
