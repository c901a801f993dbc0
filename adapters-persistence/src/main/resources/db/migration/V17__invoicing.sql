-- GST invoicing and payments (FINANCE.md), schema superadmin as the seed kept its finance tables.

-- The official GST state-code list, with 26 (the merged Dadra and Nagar Haveli and Daman and Diu),
-- 37 (Andhra Pradesh after bifurcation), 38 (Ladakh), 97 (Other Territory) and 96 (Other Countries).
CREATE TABLE superadmin.gst_state_codes (
    code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name text    NOT NULL
);
INSERT INTO superadmin.gst_state_codes (code, name) VALUES
    ('01', 'Jammu and Kashmir'), ('02', 'Himachal Pradesh'), ('03', 'Punjab'), ('04', 'Chandigarh'),
    ('05', 'Uttarakhand'), ('06', 'Haryana'), ('07', 'Delhi'), ('08', 'Rajasthan'), ('09', 'Uttar Pradesh'),
    ('10', 'Bihar'), ('11', 'Sikkim'), ('12', 'Arunachal Pradesh'), ('13', 'Nagaland'), ('14', 'Manipur'),
    ('15', 'Mizoram'), ('16', 'Tripura'), ('17', 'Meghalaya'), ('18', 'Assam'), ('19', 'West Bengal'),
    ('20', 'Jharkhand'), ('21', 'Odisha'), ('22', 'Chhattisgarh'), ('23', 'Madhya Pradesh'), ('24', 'Gujarat'),
    ('26', 'Dadra and Nagar Haveli and Daman and Diu'), ('27', 'Maharashtra'), ('29', 'Karnataka'),
    ('30', 'Goa'), ('31', 'Lakshadweep'), ('32', 'Kerala'), ('33', 'Tamil Nadu'), ('34', 'Puducherry'),
    ('35', 'Andaman and Nicobar Islands'), ('36', 'Telangana'), ('37', 'Andhra Pradesh'), ('38', 'Ladakh'),
    ('96', 'Other Countries'), ('97', 'Other Territory');

CREATE TABLE superadmin.hsn_sac_master (
    code        varchar(8) PRIMARY KEY CHECK (code ~ '^([0-9]{4}|[0-9]{6}|[0-9]{8})$'),
    description text       NOT NULL,
    rate_bp     integer    NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO superadmin.hsn_sac_master (code, description, rate_bp)
VALUES ('999293', 'Commercial training and coaching services', 1800);

-- One row per series and financial year; the issuing transaction increments it under its row lock,
-- so numbers are consecutive and a rolled-back issue never took one.
CREATE TABLE superadmin.invoice_series_counters (
    prefix      varchar(6) NOT NULL,
    fy          integer    NOT NULL,
    last_number bigint     NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (prefix, fy)
);

CREATE TABLE superadmin.global_payments (
    id                 uuid PRIMARY KEY,
    payer_name         text,
    payer_email        text,
    amount_paise       bigint      NOT NULL CHECK (amount_paise > 0),
    currency           varchar(3)  NOT NULL,
    method             varchar(20) NOT NULL CHECK (method IN ('RAZORPAY', 'BANK_TRANSFER', 'CASH', 'OTHER')),
    gateway_payment_id varchar(100) UNIQUE,
    order_id           varchar(100),
    purpose            varchar(30) NOT NULL,
    reference          varchar(200),
    status             varchar(20) NOT NULL CHECK (status IN ('PENDING', 'CAPTURED', 'FAILED', 'REFUNDED')),
    received_at        timestamptz NOT NULL,
    CHECK (method <> 'RAZORPAY' OR gateway_payment_id IS NOT NULL)
);
CREATE INDEX global_payments_received ON superadmin.global_payments (received_at DESC, id);
CREATE INDEX global_payments_order ON superadmin.global_payments (order_id);

CREATE TABLE superadmin.payment_orders (
    order_id     varchar(100) PRIMARY KEY,
    purpose      varchar(30)  NOT NULL,
    reference    varchar(200),
    amount_paise bigint       NOT NULL CHECK (amount_paise >= 0),
    currency     varchar(3)   NOT NULL,
    created_at   timestamptz  NOT NULL
);

CREATE TABLE superadmin.tax_invoices (
    id                  uuid PRIMARY KEY,
    series              varchar(10) NOT NULL,
    prefix              varchar(6)  NOT NULL,
    fy                  integer     NOT NULL,
    seq                 bigint      NOT NULL CHECK (seq >= 1),
    number              varchar(16) NOT NULL UNIQUE CHECK (number ~ '^[A-Za-z0-9/-]{1,16}$'),
    issued_at           timestamptz NOT NULL,
    supplier_name       text        NOT NULL,
    supplier_legal_name text        NOT NULL,
    supplier_gstin      char(15)    NOT NULL,
    supplier_state_code char(2)     NOT NULL,
    supplier_state_name text        NOT NULL,
    supplier_address    text        NOT NULL,
    supplier_email      text,
    supplier_phone      text,
    supplier_website    text,
    buyer_name          text        NOT NULL,
    buyer_address       text,
    buyer_state_code    char(2),
    buyer_gstin         char(15),
    buyer_email         text,
    pos_code            char(2)     NOT NULL REFERENCES superadmin.gst_state_codes (code),
    pos_name            text        NOT NULL,
    supply_type         varchar(12) NOT NULL CHECK (supply_type IN ('INTRA_STATE', 'INTER_STATE')),
    prices_include_tax  boolean     NOT NULL,
    reverse_charge      boolean     NOT NULL DEFAULT false,
    taxable_paise       bigint      NOT NULL,
    cgst_paise          bigint      NOT NULL,
    sgst_paise          bigint      NOT NULL,
    igst_paise          bigint      NOT NULL,
    round_off_paise     bigint      NOT NULL,
    total_paise         bigint      NOT NULL,
    payment_id          uuid UNIQUE REFERENCES superadmin.global_payments (id),
    issue_trigger       text        NOT NULL,
    irn                 varchar(64),
    ack_no              varchar(30),
    UNIQUE (prefix, fy, seq)
);
CREATE INDEX tax_invoices_issued ON superadmin.tax_invoices (issued_at DESC, id);

CREATE TABLE superadmin.tax_invoice_lines (
    invoice_id       uuid        NOT NULL REFERENCES superadmin.tax_invoices (id),
    line_no          integer     NOT NULL CHECK (line_no >= 1),
    description      text        NOT NULL,
    sac_code         varchar(8)  NOT NULL,
    quantity         bigint      NOT NULL CHECK (quantity > 0),
    unit_price_paise bigint      NOT NULL CHECK (unit_price_paise >= 0),
    discount_paise   bigint      NOT NULL CHECK (discount_paise >= 0),
    rate_bp          integer     NOT NULL,
    taxable_paise    bigint      NOT NULL,
    cgst_paise       bigint      NOT NULL,
    sgst_paise       bigint      NOT NULL,
    igst_paise       bigint      NOT NULL,
    total_paise      bigint      NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE superadmin.credit_notes (
    id                 uuid PRIMARY KEY,
    invoice_id         uuid        NOT NULL REFERENCES superadmin.tax_invoices (id),
    prefix             varchar(6)  NOT NULL,
    fy                 integer     NOT NULL,
    seq                bigint      NOT NULL CHECK (seq >= 1),
    number             varchar(16) NOT NULL UNIQUE,
    issued_at          timestamptz NOT NULL,
    reason             text        NOT NULL,
    taxable_paise      bigint      NOT NULL,
    cgst_paise         bigint      NOT NULL,
    sgst_paise         bigint      NOT NULL,
    igst_paise         bigint      NOT NULL,
    total_paise        bigint      NOT NULL,
    issue_trigger      text        NOT NULL,
    gateway_refund_id  varchar(100) UNIQUE,
    UNIQUE (prefix, fy, seq)
);
CREATE INDEX credit_notes_invoice ON superadmin.credit_notes (invoice_id);
CREATE INDEX credit_notes_issued ON superadmin.credit_notes (issued_at);

CREATE TABLE superadmin.credit_note_lines (
    credit_note_id uuid       NOT NULL REFERENCES superadmin.credit_notes (id),
    line_no        integer    NOT NULL,
    description    text       NOT NULL,
    sac_code       varchar(8) NOT NULL,
    rate_bp        integer    NOT NULL,
    taxable_paise  bigint     NOT NULL,
    cgst_paise     bigint     NOT NULL,
    sgst_paise     bigint     NOT NULL,
    igst_paise     bigint     NOT NULL,
    total_paise    bigint     NOT NULL,
    PRIMARY KEY (credit_note_id, line_no)
);

-- Rendered PDFs and their mailing, one row per invoice or credit note.
CREATE TABLE superadmin.invoice_documents (
    document_id uuid PRIMARY KEY,
    blob_key    text        NOT NULL,
    rendered_at timestamptz NOT NULL,
    mailed_at   timestamptz
);

-- Append-only: the trigger refuses every UPDATE, DELETE and TRUNCATE, whoever asks.
CREATE TABLE superadmin.gst_audit_log (
    seq             bigserial PRIMARY KEY,
    id              uuid        NOT NULL UNIQUE,
    at              timestamptz NOT NULL,
    action          varchar(30) NOT NULL,
    invoice_id      uuid,
    document_number text,
    actor           text        NOT NULL,
    detail          text        NOT NULL
);
CREATE INDEX gst_audit_log_invoice ON superadmin.gst_audit_log (invoice_id, seq DESC);

CREATE FUNCTION superadmin.gst_audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'gst_audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER gst_audit_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON superadmin.gst_audit_log
    FOR EACH ROW EXECUTE FUNCTION superadmin.gst_audit_log_append_only();
CREATE TRIGGER gst_audit_log_no_truncate
    BEFORE TRUNCATE ON superadmin.gst_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION superadmin.gst_audit_log_append_only();
