-- Issue 15: the Sales CRM and the vendor API (seed 003 "Sales CRM and Vendor API", journeys 5 and 7),
-- in the seed's own schema mas_crm. Every invariant of CRM.md is backed by a constraint here too.

-- Who sells with whom: a SALES user names one head (seed SalesHeadProfile, flattened).
CREATE TABLE mas_crm.sales_team_members (
    user_id       uuid PRIMARY KEY REFERENCES users (id),
    sales_head_id uuid NOT NULL REFERENCES users (id),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sales_team_members_not_own_head CHECK (user_id <> sales_head_id)
);
CREATE INDEX sales_team_members_head ON mas_crm.sales_team_members (sales_head_id);

CREATE TABLE mas_crm.campaigns (
    slug       varchar(60)  PRIMARY KEY CONSTRAINT campaigns_slug_format CHECK (slug ~ '^[a-z0-9-]{3,60}$'),
    name       varchar(200) NOT NULL,
    is_active  boolean      NOT NULL,
    created_at timestamptz  NOT NULL
);

CREATE TABLE mas_crm.vendor_api_keys (
    id           uuid PRIMARY KEY,
    vendor_name  varchar(200) NOT NULL,
    note         varchar(2000),
    prefix       varchar(12)  NOT NULL CONSTRAINT vendor_api_keys_prefix_unique UNIQUE,
    key_digest   bytea        NOT NULL CONSTRAINT vendor_api_keys_digest_size CHECK (octet_length(key_digest) = 32),
    status       varchar(16)  NOT NULL CONSTRAINT vendor_api_keys_status_known CHECK (status IN ('ACTIVE', 'DISABLED', 'REVOKED')),
    created_by   uuid REFERENCES users (id),
    created_at   timestamptz  NOT NULL,
    last_used_at timestamptz
);
CREATE INDEX vendor_api_keys_created_by ON mas_crm.vendor_api_keys (created_by);

-- The seed's RawLead, the CRM spine. One lead per person: the phone (E.164) and the e-mail (lower case)
-- are unique, so racing submissions of one person make one lead whatever the code does.
CREATE TABLE mas_crm.raw_leads (
    id                   uuid PRIMARY KEY,
    name                 varchar(200) NOT NULL,
    phone                varchar(16)  NOT NULL CONSTRAINT raw_leads_phone_e164 CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    email                varchar(254) CONSTRAINT raw_leads_email_lower_case CHECK (email = lower(btrim(email))),
    source_type          varchar(16)  NOT NULL CONSTRAINT raw_leads_source_known CHECK (source_type IN ('MANUAL', 'IMPORT', 'VENDOR', 'CAMPAIGN')),
    campaign             varchar(120),
    session_year         varchar(20),
    stage                varchar(16)  NOT NULL CONSTRAINT raw_leads_stage_known CHECK (stage IN ('NEW', 'ASSIGNED', 'IN_PROCESS', 'CONVERTED', 'DEAD', 'RECYCLED')),
    interest_level       varchar(16)  NOT NULL CONSTRAINT raw_leads_interest_known CHECK (interest_level IN ('HOT', 'WARM', 'COLD', 'UNKNOWN')),
    tags                 text[]       NOT NULL DEFAULT '{}',
    assigned_to          uuid REFERENCES users (id),
    owning_sales_head_id uuid REFERENCES users (id),
    assigned_at          timestamptz,
    extra_data           jsonb        NOT NULL DEFAULT '{}',
    vendor_lead_id       uuid,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CONSTRAINT raw_leads_owner_with_assignee CHECK ((assigned_to IS NULL) = (owning_sales_head_id IS NULL))
);
CREATE UNIQUE INDEX raw_leads_phone_unique ON mas_crm.raw_leads (phone);
CREATE UNIQUE INDEX raw_leads_email_unique ON mas_crm.raw_leads (email) WHERE email IS NOT NULL;
CREATE INDEX raw_leads_newest ON mas_crm.raw_leads (created_at DESC, id);
CREATE INDEX raw_leads_assigned_to ON mas_crm.raw_leads (assigned_to, created_at DESC);
CREATE INDEX raw_leads_owner ON mas_crm.raw_leads (owning_sales_head_id, created_at DESC);
CREATE INDEX raw_leads_pool ON mas_crm.raw_leads (created_at DESC, id) WHERE assigned_to IS NULL;
CREATE INDEX raw_leads_tags ON mas_crm.raw_leads USING gin (tags);

-- The timeline: every change of a lead writes one row.
CREATE TABLE mas_crm.lead_activity_log (
    id       uuid PRIMARY KEY,
    -- Entries written in one transaction share their time; the sequence keeps them in the order written.
    seq      bigint GENERATED ALWAYS AS IDENTITY,
    lead_id  uuid        NOT NULL REFERENCES mas_crm.raw_leads (id) ON DELETE CASCADE,
    type     varchar(32) NOT NULL,
    actor_id uuid REFERENCES users (id),
    at       timestamptz NOT NULL,
    details  jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX lead_activity_log_lead ON mas_crm.lead_activity_log (lead_id, at DESC, seq DESC);
CREATE INDEX lead_activity_log_actor ON mas_crm.lead_activity_log (actor_id);

CREATE TABLE mas_crm.lead_call_logs (
    id               uuid PRIMARY KEY,
    lead_id          uuid        NOT NULL REFERENCES mas_crm.raw_leads (id) ON DELETE CASCADE,
    caller_id        uuid        NOT NULL REFERENCES users (id),
    outcome          varchar(16) CONSTRAINT lead_call_logs_outcome_known CHECK (outcome IN ('CONNECTED', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER', 'CALLBACK')),
    duration_seconds integer     CONSTRAINT lead_call_logs_duration CHECK (duration_seconds BETWEEN 0 AND 86400),
    notes            text,
    at               timestamptz NOT NULL
);
CREATE INDEX lead_call_logs_lead ON mas_crm.lead_call_logs (lead_id);
CREATE INDEX lead_call_logs_caller ON mas_crm.lead_call_logs (caller_id);

CREATE TABLE mas_crm.lead_follow_ups (
    id         uuid PRIMARY KEY,
    lead_id    uuid          NOT NULL REFERENCES mas_crm.raw_leads (id) ON DELETE CASCADE,
    owner_id   uuid          NOT NULL REFERENCES users (id),
    due_at     timestamptz   NOT NULL,
    note       varchar(2000) NOT NULL,
    created_by uuid          NOT NULL REFERENCES users (id),
    created_at timestamptz   NOT NULL,
    done_at    timestamptz,
    done_by    uuid REFERENCES users (id),
    done_note  varchar(2000),
    CONSTRAINT lead_follow_ups_done_whole CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX lead_follow_ups_lead ON mas_crm.lead_follow_ups (lead_id);
CREATE INDEX lead_follow_ups_open ON mas_crm.lead_follow_ups (owner_id, due_at, id) WHERE done_at IS NULL;
CREATE INDEX lead_follow_ups_created_by ON mas_crm.lead_follow_ups (created_by);
CREATE INDEX lead_follow_ups_done_by ON mas_crm.lead_follow_ups (done_by);

CREATE TABLE mas_crm.lead_assignment_history (
    id          bigserial PRIMARY KEY,
    lead_id     uuid        NOT NULL REFERENCES mas_crm.raw_leads (id) ON DELETE CASCADE,
    from_user   uuid REFERENCES users (id),
    to_user     uuid        NOT NULL REFERENCES users (id),
    assigned_by uuid REFERENCES users (id),
    at          timestamptz NOT NULL
);
CREATE INDEX lead_assignment_history_lead ON mas_crm.lead_assignment_history (lead_id, id);
CREATE INDEX lead_assignment_history_from ON mas_crm.lead_assignment_history (from_user);
CREATE INDEX lead_assignment_history_to ON mas_crm.lead_assignment_history (to_user);
CREATE INDEX lead_assignment_history_by ON mas_crm.lead_assignment_history (assigned_by);

-- Stage moves, the source of target actuals (who converted what, when, for how much).
CREATE TABLE mas_crm.lead_stage_history (
    id            bigserial PRIMARY KEY,
    lead_id       uuid        NOT NULL REFERENCES mas_crm.raw_leads (id) ON DELETE CASCADE,
    from_stage    varchar(16) NOT NULL,
    to_stage      varchar(16) NOT NULL,
    moved_by      uuid REFERENCES users (id),
    at            timestamptz NOT NULL,
    revenue_paise bigint CONSTRAINT lead_stage_history_revenue CHECK (revenue_paise >= 0),
    CONSTRAINT lead_stage_history_converted_revenue CHECK (to_stage <> 'CONVERTED' OR revenue_paise IS NOT NULL)
);
CREATE INDEX lead_stage_history_lead ON mas_crm.lead_stage_history (lead_id);
CREATE INDEX lead_stage_history_conversions ON mas_crm.lead_stage_history (moved_by, at) WHERE to_stage = 'CONVERTED';

CREATE TABLE mas_crm.lead_assignment_approvals (
    id           uuid PRIMARY KEY,
    requested_by uuid        NOT NULL REFERENCES users (id),
    approver_id  uuid REFERENCES users (id),
    lead_ids     uuid[]      NOT NULL CONSTRAINT lead_assignment_approvals_leads CHECK (cardinality(lead_ids) BETWEEN 1 AND 5000),
    assignee_ids uuid[]      NOT NULL CONSTRAINT lead_assignment_approvals_assignees CHECK (cardinality(assignee_ids) BETWEEN 1 AND 100),
    strategy     varchar(16) NOT NULL CONSTRAINT lead_assignment_approvals_strategy CHECK (strategy IN ('ROUND_ROBIN', 'LEAST_LOADED')),
    status       varchar(16) NOT NULL CONSTRAINT lead_assignment_approvals_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by   uuid REFERENCES users (id),
    note         varchar(2000),
    created_at   timestamptz NOT NULL,
    decided_at   timestamptz,
    CONSTRAINT lead_assignment_approvals_decided_whole CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX lead_assignment_approvals_approver ON mas_crm.lead_assignment_approvals (approver_id, created_at DESC, id);
CREATE INDEX lead_assignment_approvals_newest ON mas_crm.lead_assignment_approvals (created_at DESC, id);
CREATE INDEX lead_assignment_approvals_requested_by ON mas_crm.lead_assignment_approvals (requested_by);
CREATE INDEX lead_assignment_approvals_decided_by ON mas_crm.lead_assignment_approvals (decided_by);

CREATE TABLE mas_crm.lead_import_batches (
    id          uuid PRIMARY KEY,
    created_by  uuid REFERENCES users (id),
    assign_to   uuid REFERENCES users (id),
    file_name   varchar(500),
    status      varchar(16) NOT NULL CONSTRAINT lead_import_batches_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows        bigint      NOT NULL DEFAULT 0,
    created     bigint      NOT NULL DEFAULT 0,
    duplicates  bigint      NOT NULL DEFAULT 0,
    failed      bigint      NOT NULL DEFAULT 0,
    lines_done  bigint      NOT NULL DEFAULT 0,
    error       varchar(2000),
    created_at  timestamptz NOT NULL,
    started_at  timestamptz,
    finished_at timestamptz,
    CONSTRAINT lead_import_batches_counts CHECK (rows = created + duplicates + failed)
);
CREATE INDEX lead_import_batches_created_by ON mas_crm.lead_import_batches (created_by);
CREATE INDEX lead_import_batches_assign_to ON mas_crm.lead_import_batches (assign_to);

CREATE TABLE mas_crm.lead_import_errors (
    import_id uuid          NOT NULL REFERENCES mas_crm.lead_import_batches (id) ON DELETE CASCADE,
    line      bigint        NOT NULL,
    col       varchar(100)  NOT NULL,
    reason    varchar(2000) NOT NULL,
    cells     text[]        NOT NULL,
    PRIMARY KEY (import_id, line)
);

CREATE TABLE mas_crm.salesperson_targets (
    user_id       uuid       NOT NULL REFERENCES users (id),
    period        varchar(7) NOT NULL CONSTRAINT salesperson_targets_period CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    conversions   bigint     NOT NULL CONSTRAINT salesperson_targets_conversions CHECK (conversions >= 0),
    revenue_paise bigint     NOT NULL CONSTRAINT salesperson_targets_revenue CHECK (revenue_paise >= 0),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, period)
);

CREATE TABLE mas_crm.vendor_leads (
    id              uuid PRIMARY KEY,
    vendor_api_key_id uuid       NOT NULL REFERENCES mas_crm.vendor_api_keys (id),
    name            varchar(200) NOT NULL,
    phone           varchar(16)  NOT NULL,
    email           varchar(254),
    campaign        varchar(120),
    status          varchar(16)  NOT NULL CONSTRAINT vendor_leads_status CHECK (status IN ('ACCEPTED', 'DUPLICATE')),
    lead_id         uuid         NOT NULL REFERENCES mas_crm.raw_leads (id),
    idempotency_key varchar(200),
    created_at      timestamptz  NOT NULL
);
CREATE INDEX vendor_leads_key ON mas_crm.vendor_leads (vendor_api_key_id);
CREATE INDEX vendor_leads_lead ON mas_crm.vendor_leads (lead_id);
CREATE UNIQUE INDEX vendor_leads_idempotency ON mas_crm.vendor_leads (vendor_api_key_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- One row per key and business day (seed VendorApiKeyAccessSummary).
CREATE TABLE mas_crm.vendor_api_key_access_summaries (
    vendor_api_key_id uuid   NOT NULL REFERENCES mas_crm.vendor_api_keys (id),
    day               date   NOT NULL,
    requests          bigint NOT NULL DEFAULT 0,
    accepted          bigint NOT NULL DEFAULT 0,
    duplicates        bigint NOT NULL DEFAULT 0,
    rejected          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (vendor_api_key_id, day)
);
