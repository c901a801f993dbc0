-- Issue 12: the KPI snapshot (the seed's performance_metrics) is stored, one row per figure, so every
-- process publishes the same last snapshot and a restart shows it at once instead of NaN.
CREATE TABLE performance_metrics (
    taken_at timestamptz NOT NULL,
    metric   varchar(64) NOT NULL,
    label    varchar(64) NOT NULL,
    value    bigint      NOT NULL CONSTRAINT performance_metrics_value_not_negative CHECK (value >= 0),
    PRIMARY KEY (taken_at, metric, label)
);
