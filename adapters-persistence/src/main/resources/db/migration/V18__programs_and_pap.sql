-- Programs and pay-after-placement (issue 17): batches, program applications and their history,
-- discount requests, MOU agreement templates, PAP workflows and their history.

CREATE TABLE program_batches (
    id                    uuid         PRIMARY KEY,
    code                  varchar(50)  NOT NULL UNIQUE,
    name                  text         NOT NULL,
    program               varchar(10)  NOT NULL,
    start_date            date         NOT NULL,
    enrollment_fee_paise  bigint       NOT NULL,
    capacity              integer      NOT NULL,
    pap_available         boolean      NOT NULL,
    status                varchar(20)  NOT NULL,
    created_at            timestamptz  NOT NULL,
    CONSTRAINT program_batches_program CHECK (program IN ('MAS101', 'MAS102', 'AERO', 'DRO')),
    CONSTRAINT program_batches_status CHECK (status IN ('UPCOMING', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT program_batches_fee CHECK (enrollment_fee_paise >= 0),
    CONSTRAINT program_batches_capacity CHECK (capacity >= 1)
);
CREATE INDEX program_batches_created ON program_batches (created_at, id);

CREATE TABLE program_batch_transitions (
    seq          bigserial    PRIMARY KEY,
    batch_id     uuid         NOT NULL REFERENCES program_batches (id),
    from_status  varchar(20),
    to_status    varchar(20)  NOT NULL,
    actor        uuid         NOT NULL,
    at           timestamptz  NOT NULL
);
CREATE INDEX program_batch_transitions_batch ON program_batch_transitions (batch_id, seq);

CREATE TABLE program_applications (
    id                 uuid         PRIMARY KEY,
    user_id            uuid         NOT NULL REFERENCES users (id),
    batch_id           uuid         NOT NULL REFERENCES program_batches (id),
    status             varchar(20)  NOT NULL,
    answers            jsonb        NOT NULL DEFAULT '{}',
    billing_name       text,
    billing_address    text,
    billing_state_code varchar(2),
    billing_gstin      varchar(15),
    invoice_number     varchar(40),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    CONSTRAINT program_applications_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED',
        'REJECTED', 'PAYMENT_RECEIVED', 'PAID', 'BATCH_ALLOCATED', 'ENROLLED', 'DEBOARDED')),
    CONSTRAINT program_applications_billing_whole CHECK ((billing_name IS NULL) = (billing_address IS NULL)
        AND (billing_name IS NULL) = (billing_state_code IS NULL))
);
-- One open application per user and batch (PROGRAMS.md), whatever the code above does.
CREATE UNIQUE INDEX program_applications_one_open ON program_applications (user_id, batch_id)
    WHERE status NOT IN ('REJECTED', 'DEBOARDED');
CREATE INDEX program_applications_batch_created ON program_applications (batch_id, created_at, id);
CREATE INDEX program_applications_created ON program_applications (created_at, id);
CREATE INDEX program_applications_seated ON program_applications (batch_id)
    WHERE status IN ('BATCH_ALLOCATED', 'ENROLLED');

CREATE TABLE program_application_transitions (
    seq            bigserial    PRIMARY KEY,
    application_id uuid         NOT NULL REFERENCES program_applications (id),
    from_status    varchar(20),
    to_status      varchar(20)  NOT NULL,
    actor          uuid         NOT NULL,
    at             timestamptz  NOT NULL,
    note           text
);
CREATE INDEX program_application_transitions_application ON program_application_transitions (application_id, seq);

CREATE TABLE program_discount_requests (
    id             uuid         PRIMARY KEY,
    application_id uuid         NOT NULL REFERENCES program_applications (id),
    amount_paise   bigint       NOT NULL,
    reason         text         NOT NULL,
    status         varchar(10)  NOT NULL,
    requested_by   uuid         NOT NULL REFERENCES users (id),
    created_at     timestamptz  NOT NULL,
    decided_by     uuid         REFERENCES users (id),
    note           text,
    decided_at     timestamptz,
    CONSTRAINT program_discount_requests_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT program_discount_requests_amount CHECK (amount_paise >= 1)
);
-- One discount per application: a pending or approved request blocks another.
CREATE UNIQUE INDEX program_discount_requests_one_open ON program_discount_requests (application_id)
    WHERE status IN ('PENDING', 'APPROVED');
CREATE INDEX program_discount_requests_created ON program_discount_requests (created_at, id);
CREATE INDEX program_discount_requests_requested_by ON program_discount_requests (requested_by);
CREATE INDEX program_discount_requests_decided_by ON program_discount_requests (decided_by);

CREATE TABLE mas101_pap_agreement_templates (
    version     integer      PRIMARY KEY,
    body        text         NOT NULL,
    created_by  uuid         REFERENCES users (id),
    created_at  timestamptz  NOT NULL,
    CONSTRAINT mas101_pap_agreement_templates_version CHECK (version >= 1)
);
CREATE INDEX mas101_pap_agreement_templates_created_by ON mas101_pap_agreement_templates (created_by);

CREATE TABLE mas101_pap_workflows (
    id                   uuid         PRIMARY KEY,
    application_id       uuid         NOT NULL UNIQUE REFERENCES program_applications (id),
    user_id              uuid         NOT NULL REFERENCES users (id),
    batch_id             uuid         REFERENCES program_batches (id),
    status               varchar(30)  NOT NULL,
    legal_name           text,
    pan                  varchar(10),
    address              text,
    guardian_name        text,
    expected_ctc_paise   bigint,
    template_version     integer      REFERENCES mas101_pap_agreement_templates (version),
    mou_key              text,
    esign_document_id    text,
    sign_url             text,
    signed_mou_key       text,
    payment_option       varchar(10),
    placement_company    text,
    placement_role       text,
    annual_ctc_paise     bigint,
    joining_date         date,
    offer_letter_key     text,
    placement_reported_by uuid,
    placement_reported_at timestamptz,
    pap_fee_paise        bigint,
    invoice_number       varchar(40),
    -- The receipt (global_payments) that paid the PAP fee: one receipt closes one workflow.
    fee_payment_id       uuid         UNIQUE,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CONSTRAINT mas101_pap_workflows_status CHECK (status IN ('PENDING_MOU_DETAILS', 'PENDING_MOU_UPLOAD',
        'PENDING_MOU_REVIEW', 'MOU_SIGNED_APPROVED', 'PENDING_PAYMENT_OPTION', 'PENDING_PAP_APPROVAL',
        'PENDING_UPFRONT_PAYMENT', 'ENROLLED', 'PLACEMENT_UNDER_REVIEW', 'PAYMENT_COLLECTION_PENDING', 'CLOSED')),
    CONSTRAINT mas101_pap_workflows_option CHECK (payment_option IS NULL OR payment_option IN ('UPFRONT', 'PAP')),
    CONSTRAINT mas101_pap_workflows_ctc CHECK (annual_ctc_paise IS NULL
        OR annual_ctc_paise BETWEEN 10000000 AND 10000000000),
    CONSTRAINT mas101_pap_workflows_fee CHECK (pap_fee_paise IS NULL OR pap_fee_paise >= 0),
    -- A workflow past verification has its fee; one before it has none.
    CONSTRAINT mas101_pap_workflows_fee_when_verified CHECK ((pap_fee_paise IS NOT NULL)
        = (status IN ('PAYMENT_COLLECTION_PENDING', 'CLOSED')))
);
CREATE INDEX mas101_pap_workflows_user ON mas101_pap_workflows (user_id, created_at);
CREATE INDEX mas101_pap_workflows_batch ON mas101_pap_workflows (batch_id);
CREATE INDEX mas101_pap_workflows_template ON mas101_pap_workflows (template_version);
CREATE INDEX mas101_pap_workflows_created ON mas101_pap_workflows (created_at, id);
CREATE UNIQUE INDEX mas101_pap_workflows_document ON mas101_pap_workflows (esign_document_id)
    WHERE esign_document_id IS NOT NULL;

CREATE TABLE mas101_pap_workflow_transitions (
    seq          bigserial    PRIMARY KEY,
    workflow_id  uuid         NOT NULL REFERENCES mas101_pap_workflows (id),
    from_status  varchar(30),
    to_status    varchar(30)  NOT NULL,
    actor        uuid         NOT NULL,
    at           timestamptz  NOT NULL,
    note         text
);
CREATE INDEX mas101_pap_workflow_transitions_workflow ON mas101_pap_workflow_transitions (workflow_id, seq);
