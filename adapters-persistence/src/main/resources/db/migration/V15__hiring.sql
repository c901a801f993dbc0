-- Mr. Hire (issue 14): job posts, applications through the candidate lifecycle with their history,
-- resume analyses, screening results, quizzes by signed link, voice-interview events, the talent
-- pool and its matches, salary benchmarks and the AI cost ledger (seed 003, ER diagram 4).

-- A recruiter is a user too (creatable by ADMIN).
ALTER TABLE users DROP CONSTRAINT users_role_known;
ALTER TABLE users ADD CONSTRAINT users_role_known
    CHECK (role IN ('USER', 'EXPERT', 'SALES', 'RECRUITER', 'ADMIN', 'SUPERADMIN'));

CREATE TABLE job_posts (
    id                  uuid          PRIMARY KEY,
    platform            varchar(40)   NOT NULL,
    owner_id            uuid          NOT NULL REFERENCES users (id),
    title               varchar(200)  NOT NULL,
    description         text          NOT NULL,
    location            varchar(200)  NOT NULL,
    employment_type     varchar(20)   NOT NULL,
    skills              text[]        NOT NULL,
    salary_min_paise    bigint,
    salary_max_paise    bigint,
    screening_threshold integer       NOT NULL,
    auto_screen         boolean,
    status              varchar(10)   NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    CONSTRAINT job_posts_status_known CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED')),
    CONSTRAINT job_posts_type_known CHECK (employment_type IN ('FULL_TIME', 'PART_TIME', 'INTERNSHIP', 'CONTRACT')),
    CONSTRAINT job_posts_salary CHECK (salary_min_paise IS NULL OR salary_max_paise IS NULL
        OR (0 <= salary_min_paise AND salary_min_paise <= salary_max_paise)),
    CONSTRAINT job_posts_threshold CHECK (screening_threshold BETWEEN 0 AND 100),
    CONSTRAINT job_posts_skills CHECK (cardinality(skills) BETWEEN 1 AND 50)
);
CREATE INDEX job_posts_board ON job_posts (platform, status, created_at DESC, id);
CREATE INDEX job_posts_owner ON job_posts (owner_id, created_at DESC, id);
CREATE INDEX job_posts_skills_gin ON job_posts USING gin (skills);

-- Candidates are not users: one application per post per normalised email and per E.164 phone.
CREATE TABLE job_applications (
    id                  uuid          PRIMARY KEY,
    job_post_id         uuid          NOT NULL REFERENCES job_posts (id),
    platform            varchar(40)   NOT NULL,
    name                varchar(200)  NOT NULL,
    email               varchar(254)  NOT NULL,
    phone               varchar(16)   NOT NULL,
    cover_note          text,
    resume_key          varchar(512)  NOT NULL,
    resume_content_type varchar(100)  NOT NULL,
    resume_size_bytes   bigint        NOT NULL,
    status              varchar(30)   NOT NULL,
    score               integer,
    screening_error     varchar(600),
    rank_key            varchar(40)   COLLATE "C" NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    CONSTRAINT job_applications_email_once UNIQUE (job_post_id, email),
    CONSTRAINT job_applications_phone_once UNIQUE (job_post_id, phone),
    CONSTRAINT job_applications_status_known CHECK (status IN ('RESUME_RECEIVED', 'RESUME_PARSED', 'OUTREACH_SENT',
        'QUIZ_INVITED', 'QUIZ_COMPLETED', 'VOICE_INTERVIEW_SCHEDULED', 'VOICE_INTERVIEW_COMPLETED', 'SCORING_COMPLETE',
        'SHORTLISTED', 'TALENT_POOL', 'REJECTED')),
    CONSTRAINT job_applications_score CHECK (score IS NULL OR score BETWEEN 0 AND 100)
);
CREATE INDEX job_applications_ranked ON job_applications (job_post_id, rank_key, id);

-- Every move of an application, in the order it happened: lists and reports read this, never a guess.
CREATE TABLE job_application_history (
    seq            bigserial     PRIMARY KEY,
    application_id uuid          NOT NULL REFERENCES job_applications (id),
    from_status    varchar(30),
    to_status      varchar(30)   NOT NULL,
    at             timestamptz   NOT NULL,
    actor          varchar(64)   NOT NULL,
    reason         text
);
CREATE INDEX job_application_history_of ON job_application_history (application_id, seq);

CREATE TABLE resume_analyses (
    id                  bigserial     PRIMARY KEY,
    application_id      uuid          NOT NULL REFERENCES job_applications (id),
    skills              text[]        NOT NULL,
    years_of_experience integer       NOT NULL,
    summary             text          NOT NULL,
    analyzer            varchar(120)  NOT NULL,
    created_at          timestamptz   NOT NULL
);
CREATE INDEX resume_analyses_of ON resume_analyses (application_id, id);

CREATE TABLE screening_results (
    id             bigserial     PRIMARY KEY,
    application_id uuid          NOT NULL REFERENCES job_applications (id),
    score          integer       NOT NULL CHECK (score BETWEEN 0 AND 100),
    threshold      integer       NOT NULL CHECK (threshold BETWEEN 0 AND 100),
    verdict        varchar(10)   NOT NULL CHECK (verdict IN ('SHORTLIST', 'POOL')),
    reasons        text[]        NOT NULL,
    created_at     timestamptz   NOT NULL
);
CREATE INDEX screening_results_of ON screening_results (application_id, id);

CREATE TABLE talent_pool_entries (
    application_id uuid          PRIMARY KEY REFERENCES job_applications (id),
    job_post_id    uuid          NOT NULL REFERENCES job_posts (id),
    platform       varchar(40)   NOT NULL,
    name           varchar(200)  NOT NULL,
    skills         text[]        NOT NULL,
    score          integer       NOT NULL,
    pooled_at      timestamptz   NOT NULL
);
CREATE INDEX talent_pool_entries_board ON talent_pool_entries (platform, pooled_at DESC, application_id);
CREATE INDEX talent_pool_entries_skills_gin ON talent_pool_entries USING gin (skills);

CREATE TABLE talent_pool_matches (
    job_post_id    uuid          NOT NULL REFERENCES job_posts (id),
    application_id uuid          NOT NULL REFERENCES talent_pool_entries (application_id),
    score          integer       NOT NULL CHECK (score BETWEEN 0 AND 100),
    matched_at     timestamptz   NOT NULL,
    PRIMARY KEY (job_post_id, application_id)
);

CREATE TABLE quiz_templates (
    id         uuid          PRIMARY KEY,
    owner_id   uuid          NOT NULL REFERENCES users (id),
    title      varchar(200)  NOT NULL,
    created_at timestamptz   NOT NULL
);
CREATE INDEX quiz_templates_owner ON quiz_templates (owner_id, created_at DESC);

CREATE TABLE quiz_questions (
    id            uuid          PRIMARY KEY,
    template_id   uuid          NOT NULL REFERENCES quiz_templates (id),
    position      integer       NOT NULL,
    text          text          NOT NULL,
    options       text[]        NOT NULL,
    correct_index integer       NOT NULL,
    CONSTRAINT quiz_questions_options CHECK (cardinality(options) BETWEEN 2 AND 6),
    CONSTRAINT quiz_questions_correct CHECK (correct_index >= 0 AND correct_index < cardinality(options)),
    CONSTRAINT quiz_questions_position UNIQUE (template_id, position)
);

-- Only a digest of a link's token is kept; one submission per invitation (seed: CandidateQuizResponse).
CREATE TABLE quiz_invitations (
    id             uuid          PRIMARY KEY,
    application_id uuid          NOT NULL REFERENCES job_applications (id),
    template_id    uuid          NOT NULL REFERENCES quiz_templates (id),
    token_digest   varchar(128)  NOT NULL UNIQUE,
    expires_at     timestamptz   NOT NULL,
    created_at     timestamptz   NOT NULL,
    submitted_at   timestamptz,
    score_percent  integer,
    CONSTRAINT quiz_invitations_submission CHECK ((submitted_at IS NULL) = (score_percent IS NULL))
);
CREATE INDEX quiz_invitations_of ON quiz_invitations (application_id, created_at);

-- Each provider event once (replays change nothing); transcript turns in the order they happened.
CREATE TABLE voice_interview_events (
    event_id       varchar(200)  PRIMARY KEY,
    application_id uuid          NOT NULL REFERENCES job_applications (id),
    type           varchar(20)   NOT NULL,
    at             timestamptz   NOT NULL,
    received_at    timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE voice_interview_messages (
    event_id       varchar(200)  PRIMARY KEY REFERENCES voice_interview_events (event_id),
    application_id uuid          NOT NULL REFERENCES job_applications (id),
    role           varchar(40)   NOT NULL,
    text           text          NOT NULL,
    at             timestamptz   NOT NULL
);
CREATE INDEX voice_interview_messages_of ON voice_interview_messages (application_id, at, event_id);

CREATE TABLE salary_benchmarks (
    role_key     varchar(200)  NOT NULL,
    location_key varchar(200)  NOT NULL,
    role         varchar(200)  NOT NULL,
    location     varchar(200)  NOT NULL,
    p25_paise    bigint        NOT NULL,
    p50_paise    bigint        NOT NULL,
    p75_paise    bigint        NOT NULL,
    sample_size  integer       NOT NULL,
    source       varchar(500)  NOT NULL,
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (role_key, location_key),
    CONSTRAINT salary_benchmarks_order CHECK (0 <= p25_paise AND p25_paise <= p50_paise AND p50_paise <= p75_paise)
);

-- Seed 003: PipelineCostLedger. One row per paid AI call.
CREATE TABLE pipeline_cost_ledger (
    id                uuid          PRIMARY KEY,
    application_id    uuid          REFERENCES job_applications (id),
    stage             varchar(40)   NOT NULL,
    provider          varchar(60)   NOT NULL,
    model             varchar(120),
    prompt_tokens     bigint        NOT NULL CHECK (prompt_tokens >= 0),
    completion_tokens bigint        NOT NULL CHECK (completion_tokens >= 0),
    cost_micro_usd    bigint        NOT NULL CHECK (cost_micro_usd >= 0),
    at                timestamptz   NOT NULL
);
CREATE INDEX pipeline_cost_ledger_of ON pipeline_cost_ledger (application_id, at);
