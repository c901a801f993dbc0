-- The durable job queue used when REDIS_URL is unset. A job row lives from enqueue until its
-- handler acknowledges it (then it is deleted) or it uses up its attempts (then it stays, dead).
-- visible_at is when the job may next be taken: its run-at or retry time while ready, the end of
-- its lease while running, so an expired lease makes a killed worker's job due again.
CREATE TABLE jobs (
    id          uuid          PRIMARY KEY,
    type        varchar(100)  NOT NULL,
    payload     text          NOT NULL,
    state       varchar(16)   NOT NULL,
    visible_at  timestamptz   NOT NULL,
    attempts    integer       NOT NULL DEFAULT 0,
    lease       uuid,
    dedup_key   varchar(200),
    last_error  text,
    failed_at   timestamptz,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    CONSTRAINT jobs_state_known CHECK (state IN ('ready', 'running', 'dead')),
    CONSTRAINT jobs_attempts_non_negative CHECK (attempts >= 0),
    CONSTRAINT jobs_running_has_lease CHECK ((state = 'running') = (lease IS NOT NULL)),
    CONSTRAINT jobs_dead_has_failed_at CHECK ((state = 'dead') = (failed_at IS NOT NULL))
);

-- The workers' claim: due jobs of one type, oldest first (SELECT ... FOR UPDATE SKIP LOCKED).
CREATE INDEX jobs_due ON jobs (type, visible_at) WHERE state IN ('ready', 'running');

-- The ops view of dead jobs, newest failure first.
CREATE INDEX jobs_dead ON jobs (type, failed_at DESC) WHERE state = 'dead';

-- At most one live job per type and de-duplication key; a dead job no longer blocks a new one.
CREATE UNIQUE INDEX jobs_live_dedup ON jobs (type, dedup_key) WHERE dedup_key IS NOT NULL AND state <> 'dead';

-- Recurring schedules: each process advances next_run_at with a conditional UPDATE, so exactly one
-- of them fires each interval however many run.
CREATE TABLE job_schedules (
    name         varchar(100) PRIMARY KEY,
    next_run_at  timestamptz  NOT NULL,
    last_run_at  timestamptz
);
