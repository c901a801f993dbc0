-- Issue 11 item 19: sign-in requests counted per client address and minute, shared by every process.
CREATE TABLE request_counters (
    counter_key  varchar(128) NOT NULL,
    window_start timestamptz  NOT NULL,
    hits         bigint       NOT NULL CONSTRAINT request_counters_hits_positive CHECK (hits > 0),
    PRIMARY KEY (counter_key, window_start)
);
-- The housekeeping purge deletes by window start alone.
CREATE INDEX request_counters_window_start ON request_counters (window_start);
