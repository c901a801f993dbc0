-- A captured gateway payment that paid for something already paid (a second payment of a fee) is
-- recorded all the same, CAPTURED, with why its money must go back to the payer; null on every other
-- receipt. Finance refunds it at the gateway, whose refund event then marks it REFUNDED.
ALTER TABLE superadmin.global_payments ADD COLUMN refund_reason text
    CONSTRAINT global_payments_refund_reason CHECK (refund_reason IS NULL OR length(btrim(refund_reason)) > 0);
