-- Mail delivery: every outbox row is delivered by an email job, and what was sent is logged.

-- KEPT: no SMTP is configured, so the row itself is the mail (readable in the admin outbox view).
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_status_known;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_status_known
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'KEPT'));

-- Why the last attempt failed, shown to the operator next to the dead job. Never holds the body.
ALTER TABLE email_outbox ADD COLUMN last_error text;

-- The sent-mail audit log (the seed's EmailSent). It copies recipient and subject, never the body,
-- so it can outlive the outbox rows, whose bodies hold codes and links: purging an outbox row keeps
-- its log line with outbox_id set to NULL.
CREATE TABLE emails_sent (
    id          uuid          PRIMARY KEY,
    outbox_id   uuid          REFERENCES email_outbox (id) ON DELETE SET NULL,
    to_address  varchar(320)  NOT NULL,
    subject     varchar(998)  NOT NULL,
    transport   varchar(32)   NOT NULL,
    message_id  varchar(998),
    sent_at     timestamptz   NOT NULL,
    seq         bigint        GENERATED ALWAYS AS IDENTITY
);

-- One log line per message however often its delivery job runs (and the foreign key's index).
CREATE UNIQUE INDEX emails_sent_outbox_id ON emails_sent (outbox_id) WHERE outbox_id IS NOT NULL;

CREATE INDEX emails_sent_sent_at ON emails_sent (sent_at DESC, seq DESC);
