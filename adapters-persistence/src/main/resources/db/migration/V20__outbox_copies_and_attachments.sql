-- A message may copy others in (Cc) and carry files (an invoice's PDF). The files live beside the
-- message in the outbox, committed in the same transaction, so a delivery never waits on another
-- store. attachment_count spares the common message (no files) a second read on delivery.
ALTER TABLE email_outbox ADD COLUMN cc_addresses text[] NOT NULL DEFAULT '{}';
ALTER TABLE email_outbox ADD COLUMN attachment_count smallint NOT NULL DEFAULT 0;

CREATE TABLE email_outbox_attachments (
    outbox_id    uuid         NOT NULL REFERENCES email_outbox (id) ON DELETE CASCADE,
    position     smallint     NOT NULL,
    filename     varchar(200) NOT NULL,
    content_type varchar(200) NOT NULL,
    content      bytea        NOT NULL,
    PRIMARY KEY (outbox_id, position)
);
