-- Issue 13 (wave 2): in-app notifications, email template overrides, the tenant registry, mentor
-- profile views, withdrawn slot requests, free meetings, and the sender of each outbox message.

-- In-app notifications (seed Notification). Written in the transaction of the change they tell of;
-- read newest first per user, and counted unread per user.
CREATE TABLE notifications (
    id          uuid          PRIMARY KEY,
    user_id     uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type        varchar(40)   NOT NULL,
    category    varchar(20)   NOT NULL,
    priority    varchar(10)   NOT NULL,
    title       varchar(200)  NOT NULL,
    body        varchar(2000) NOT NULL,
    link        varchar(500),
    read_at     timestamptz,
    created_at  timestamptz   NOT NULL,
    CONSTRAINT notifications_priority_known CHECK (priority IN ('LOW', 'NORMAL', 'HIGH'))
);
CREATE INDEX notifications_user_newest ON notifications (user_id, created_at DESC, id);
CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL;

-- An admin's override of a code-defined mail (seed EmailTemplate). No row: the default in code.
CREATE TABLE email_template_overrides (
    name        varchar(100)  PRIMARY KEY,
    subject     varchar(998)  NOT NULL,
    html_body   text,
    text_body   text          NOT NULL,
    updated_by  uuid          REFERENCES users (id) ON DELETE SET NULL,
    updated_at  timestamptz   NOT NULL
);
CREATE INDEX email_template_overrides_updated_by ON email_template_overrides (updated_by);

-- The tenant registry (seed Platform): what x-platform may name, and how each tenant brands mail.
CREATE TABLE platforms (
    code         varchar(50)   PRIMARY KEY,
    name         varchar(200)  NOT NULL,
    frontend_url varchar(500)  NOT NULL,
    mail_from    varchar(320)  NOT NULL
);
INSERT INTO platforms (code, name, frontend_url, mail_from) VALUES
    ('mr-mentor', 'Mr. Mentor', 'https://mrmentor.in', 'noreply@mrmentor.in'),
    ('my-analytics-school', 'My Analytics School', 'https://myanalyticsschool.com', 'noreply@myanalyticsschool.com');

-- Each message keeps the sender its tenant branded it with; NULL (older rows): the configured sender.
ALTER TABLE email_outbox ADD COLUMN from_address varchar(320);
ALTER TABLE email_outbox ADD COLUMN from_name varchar(200);

-- Mentor profile views (seed ProfileView): one row per view, counted per business day.
CREATE TABLE profile_views (
    id         uuid        PRIMARY KEY,
    mentor_id  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    viewer_id  uuid        REFERENCES users (id) ON DELETE SET NULL,
    viewed_at  timestamptz NOT NULL
);
CREATE INDEX profile_views_mentor_viewed_at ON profile_views (mentor_id, viewed_at);
CREATE INDEX profile_views_viewer_id ON profile_views (viewer_id);

-- A student may withdraw a request while it is open.
ALTER TABLE slot_requests DROP CONSTRAINT slot_requests_status_known;
ALTER TABLE slot_requests ADD CONSTRAINT slot_requests_status_known
    CHECK (status IN ('MEETING_REQUESTED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN'));
CREATE INDEX slot_requests_student_created ON slot_requests (student_id, created_at, id);

-- MAX_FREE_MEETINGS_PER_STUDENT: a mentor may offer free meetings (token cost 0).
ALTER TABLE mentor_profiles DROP CONSTRAINT mentor_profiles_token_cost;
ALTER TABLE mentor_profiles ADD CONSTRAINT mentor_profiles_token_cost CHECK (token_cost >= 0);
