CREATE SEQUENCE member_record_ids START WITH 1 INCREMENT BY 1;

CREATE TABLE users (
    id               BIGINT PRIMARY KEY,
    team_id          BIGINT NOT NULL REFERENCES teams (id),
    member_record_id BIGINT NOT NULL UNIQUE,
    email            VARCHAR(320) NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    phone            VARCHAR(20),
    role             VARCHAR(20) NOT NULL,
    office_id        BIGINT REFERENCES offices (id),
    server_admin     BOOLEAN NOT NULL,
    invited_by       BIGINT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_team_email_uq UNIQUE (team_id, email)
);
