-- The seed kept every product in one database; its later contexts live in their own schemas.
CREATE SCHEMA IF NOT EXISTS mas_crm;
CREATE SCHEMA IF NOT EXISTS superadmin;
CREATE SCHEMA IF NOT EXISTS mrlearn;
CREATE SCHEMA IF NOT EXISTS mrtest;

CREATE TABLE system_configs (
    id          uuid PRIMARY KEY,
    key         varchar(150)  NOT NULL,
    value       text          NOT NULL,
    label       varchar(255),
    description varchar(1000),
    is_secret   boolean       NOT NULL DEFAULT false,
    is_active   boolean       NOT NULL DEFAULT true,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT system_configs_key_unique UNIQUE (key),
    CONSTRAINT system_configs_key_format CHECK (key ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$')
);
