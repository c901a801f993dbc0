-- Issue 10: what a booking spent is stored once, in token_usage, which also says which account paid
-- what. slots.tokens_spent only ever copied token_cost at the claim, so Slot derives it instead.
-- Dropping the column drops slots_amounts with it; the token cost keeps its own check.
ALTER TABLE slots DROP CONSTRAINT slots_amounts;
ALTER TABLE slots DROP COLUMN tokens_spent;
ALTER TABLE slots ADD CONSTRAINT slots_token_cost CHECK (token_cost >= 0);

-- EarningKind.allows: a meeting only ever credits the mentor, a withdrawal only ever debits.
-- With mentor_transactions_once this is the store's half of Slot.complete's credit decision.
ALTER TABLE mentor_transactions ADD CONSTRAINT mentor_transactions_sign_by_kind
    CHECK ((kind = 'MEETING' AND amount_paise > 0) OR (kind = 'WITHDRAWAL' AND amount_paise < 0));
