-- Issue 11 item 4: a meeting is completed (and its mentor paid) from its start on; an administrator
-- may complete it earlier only with a reason, kept here for good, one per slot.
CREATE TABLE slot_early_completions (
    slot_id      uuid        PRIMARY KEY REFERENCES slots (id),
    admin_id     uuid        NOT NULL REFERENCES users (id),
    reason       text        NOT NULL,
    completed_at timestamptz NOT NULL,
    CONSTRAINT slot_early_completions_reason_given CHECK (length(btrim(reason)) BETWEEN 1 AND 1000)
);
CREATE INDEX slot_early_completions_admin_id ON slot_early_completions (admin_id);
